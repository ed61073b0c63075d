//! Accounts (P01, P07, P14, P30): sign-up, email verification, sign-in and
//! sign-out, sessions, password reset and change, email change, lockout.
//! The rules are split by concept: `signing.rs` (sign-up, verification,
//! sign-in and out, administrators), `reset.rs` (forgotten password),
//! `changes.rs` (password and email change by the signed-in owner). This
//! file holds what they share. SQL is in `repo.rs`, hashing in
//! `password.rs`, the session cookie in `session.rs`, messages to the owner
//! in `notify.rs`.

pub mod accounts;
mod changes;
pub mod device;
pub mod notify;
pub mod password;
pub mod repo;
mod reset;
pub mod session;
mod signing;
pub mod tokens;
pub mod validate;

pub use changes::{change_password, confirm_email_change, request_email_change};
pub use reset::{
    RESET_JOB, request_password_reset, reset_link_is_live, reset_password, send_reset_link,
};

/// The accounts' background work: reset links, and the session prune.
pub fn jobs(
    registry: crate::server::jobs::Registry<AppState>,
) -> crate::server::jobs::Registry<AppState> {
    registry
        .handle(RESET_JOB, send_reset_link)
        .every(session::PRUNE, session::prune)
}
pub use signing::{
    BrowserLink, SignUp, SignUpSent, create_admin, resend_verification, sign_in, sign_out,
    sign_out_everywhere, sign_up, verify_email,
};

use crate::error::AppError;
use crate::server::auth::password::Verified;
use crate::server::auth::repo::{NewToken, Purpose, UserRow};
use crate::server::auth::session::Client;
use crate::server::ratelimit::{self, email_subject};
use crate::server::scope::Scope;
use crate::server::state::AppState;

const MINUTE_MS: i64 = 60 * 1000;
/// How long a verification or email-change link works.
pub const CONFIRM_LINK_MS: i64 = 24 * 60 * MINUTE_MS;
/// How long a password reset link works.
pub const RESET_LINK_MINUTES: i64 = 30;

/// A session just created: the token for the cookie, and the cookie's
/// lifetime when the person asked to be remembered.
#[derive(Debug, Clone)]
pub struct Issued {
    pub user_id: String,
    pub session_id: String,
    pub token: String,
    pub max_age_secs: Option<i64>,
    /// Signing in cancelled the account's pending deletion.
    pub deletion_cancelled: bool,
}

/// Writes an account event (`kind`) with the client's device.
async fn record(
    state: &AppState,
    user_id: &str,
    kind: &str,
    client: &Client,
    now: i64,
) -> Result<(), AppError> {
    let device = device::describe(&client.user_agent);
    repo::insert_event(&Scope::System, &state.db, user_id, kind, &device, now).await
}

/// What a new link carries besides its owner.
#[derive(Debug, Clone, Copy)]
enum Carries<'a> {
    Nothing,
    /// The address an email-change link moves the account to.
    NewEmail(&'a str),
    /// The hash of the signing-up browser's cookie (a sign-up link).
    Browser(&'a str),
}

async fn new_token(
    state: &AppState,
    user_id: &str,
    purpose: Purpose,
    carries: Carries<'_>,
    expires_at: i64,
    now: i64,
) -> Result<String, AppError> {
    let (token, token_hash) = tokens::generate();
    let (new_email, browser_hash) = match carries {
        Carries::Nothing => (None, None),
        Carries::NewEmail(email) => (Some(email), None),
        Carries::Browser(hash) => (None, Some(hash)),
    };
    repo::insert_token(
        &Scope::System,
        &state.db,
        &NewToken {
            id: &uuid::Uuid::now_v7().to_string(),
            user_id,
            purpose,
            token_hash: &token_hash,
            new_email,
            browser_hash,
            expires_at,
        },
        now,
    )
    .await?;
    Ok(token)
}

/// Checks the signed-in user's current password, counting failures like
/// sign-in does.
async fn confirm_password(
    state: &AppState,
    user: &UserRow,
    password: String,
    field: &str,
    now: i64,
) -> Result<(), AppError> {
    let subject = email_subject(&user.email);
    // Counted before the hash, as a failure until it proves right (see
    // `signing::sign_in`).
    ratelimit::hit(state, &ratelimit::SIGN_IN_FAILURES, &subject, now).await?;
    match state
        .hasher
        .verify(password, user.password_hash.clone())
        .await?
    {
        Verified::Yes { .. } => {
            ratelimit::clear(state, &ratelimit::SIGN_IN_FAILURES, &subject).await?;
            Ok(())
        }
        Verified::No => Err(AppError::field(field, "error-password-wrong")),
    }
}
