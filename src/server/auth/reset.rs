//! A forgotten password: the link is asked for (the answer never tells
//! whether the address has an account), sent by a background job, checked
//! and used.

use super::{
    Carries, MINUTE_MS, RESET_LINK_MINUTES, new_token, notify, password, record, repo, tokens,
    validate,
};
use crate::error::AppError;
use crate::server::auth::repo::Purpose;
use crate::server::auth::session::Client;
use crate::server::jobs::{self, Job, NewJob};
use crate::server::ratelimit::{self, email_subject, ip_subject};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;

/// Job kind: sends a reset link to an account. The request only finds the
/// account and queues this job, alike whether or not there is one, so the
/// answer takes the same time either way. The job names the account (its
/// `user_id`, erased with it), never the address that was typed.
pub const RESET_JOB: &str = "auth.password_reset";

/// Asks for a password reset link. The answer never tells whether the
/// address has an account.
pub async fn request_password_reset(
    state: &AppState,
    client: &Client,
    email: &str,
) -> Result<(), AppError> {
    let now = now_ms();
    ratelimit::hit(state, &ratelimit::RESET_IP, &ip_subject(client.ip), now).await?;
    let email = email.trim();
    if validate::email(email).is_err() {
        return Err(AppError::field("email", "error-email-invalid"));
    }
    let owner = repo::find_by_email(&Scope::System, &state.db, email)
        .await?
        .filter(|u| u.disabled_at.is_none());
    // For an unknown address the job has no account and does nothing: it
    // is queued all the same, so both answers cost the same writes.
    let mut job = NewJob::new(RESET_JOB);
    job.user_id = owner.map(|u| u.id);
    job.max_attempts = 3;
    jobs::enqueue(&state.db, job).await?;
    Ok(())
}

/// The reset job's work.
pub async fn send_reset_link(state: AppState, job: Job) -> Result<(), AppError> {
    let Some(user_id) = job.user_id.as_deref() else {
        return Ok(());
    };
    let now = now_ms();
    let user = match repo::find(&Scope::System, &state.db, user_id).await {
        Ok(user) if user.disabled_at.is_none() => user,
        Ok(_) | Err(AppError::NotFound) => return Ok(()),
        Err(other) => return Err(other),
    };
    let subject = email_subject(&user.email);
    if !ratelimit::allows(&state, &ratelimit::RESET_ACCOUNT, &subject, now).await? {
        return Ok(());
    }
    let token = new_token(
        &state,
        &user.id,
        Purpose::ResetPassword,
        Carries::Nothing,
        now + RESET_LINK_MINUTES * MINUTE_MS,
        now,
    )
    .await?;
    notify::password_reset(&state, &user, &token, RESET_LINK_MINUTES).await
}

/// Whether a reset link still works (the reset page says so up front).
pub async fn reset_link_is_live(state: &AppState, token: &str) -> Result<bool, AppError> {
    let hash = tokens::digest(token.trim());
    Ok(repo::token_owner(
        &Scope::System,
        &state.db,
        &hash,
        Purpose::ResetPassword,
        now_ms(),
    )
    .await?
    .is_some())
}

/// Sets a new password from a reset link, ends every session of the
/// account, lifts a lockout and confirms the address (the link reached it).
pub async fn reset_password(
    state: &AppState,
    client: &Client,
    token: &str,
    password: String,
) -> Result<(), AppError> {
    let now = now_ms();
    let hash = tokens::digest(token.trim());
    let user_id = repo::token_owner(
        &Scope::System,
        &state.db,
        &hash,
        Purpose::ResetPassword,
        now,
    )
    .await?
    .ok_or_else(|| AppError::field("token", "error-link-invalid"))?;
    let user = repo::find(&Scope::System, &state.db, &user_id).await?;
    password::check_policy(&password, &user.email, &user.name)
        .map_err(|key| AppError::field("password", key))?;
    let new_hash = state.hasher.hash(password).await?;
    repo::consume_token(
        &Scope::System,
        &state.db,
        &hash,
        Purpose::ResetPassword,
        now,
    )
    .await?
    .ok_or_else(|| AppError::field("token", "error-link-invalid"))?;
    repo::set_password_hash(&Scope::System, &state.db, &user.id, &new_hash, now).await?;
    repo::mark_verified(&Scope::System, &state.db, &user.id, now).await?;
    repo::delete_sessions_of(&Scope::System, &state.db, &user.id, None).await?;
    ratelimit::clear(
        state,
        &ratelimit::SIGN_IN_FAILURES,
        &email_subject(&user.email),
    )
    .await?;
    record(state, &user.id, "password_reset", client, now).await?;
    notify::password_changed(state, &user).await
}
