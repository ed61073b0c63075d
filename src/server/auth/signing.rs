//! Getting in and out: sign-up (and the verification link it sends),
//! sign-in with lockout, sign-out, and the administrators made from the
//! command line.

use super::{
    CONFIRM_LINK_MS, Issued, MINUTE_MS, new_token, notify, password, record, repo, tokens, validate,
};
use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::server::auth::password::Verified;
use crate::server::auth::repo::{NewSession, NewUser, Purpose, UserRow};
use crate::server::auth::session::Client;
use crate::server::ratelimit::{self, email_subject, ip_subject};
use crate::server::scope::{Role, Scope};
use crate::server::state::AppState;
use crate::server::time::now_ms;

pub struct SignUp {
    pub name: String,
    pub email: String,
    pub password: String,
    pub age_confirmed: bool,
    pub policy_accepted: bool,
    pub remember: bool,
    pub locale: Locale,
}

/// Creates an account and signs it in; the address still needs verifying.
pub async fn sign_up(state: &AppState, client: &Client, input: SignUp) -> Result<Issued, AppError> {
    let now = now_ms();
    ratelimit::hit(state, &ratelimit::SIGN_UP_IP, &ip_subject(client.ip), now).await?;
    ratelimit::hit(
        state,
        &ratelimit::SIGN_UP_ACCOUNT,
        &email_subject(&input.email),
        now,
    )
    .await?;
    let name = input.name.trim().to_string();
    let email = input.email.trim().to_string();
    let mut errors: Vec<FieldError> = Vec::new();
    if let Err(key) = validate::name(&name) {
        errors.push(FieldError::new("name", key));
    }
    if let Err(key) = validate::email(&email) {
        errors.push(FieldError::new("email", key));
    }
    if let Err(key) = password::check_policy(&input.password, &email, &name) {
        errors.push(FieldError::new("password", key));
    }
    if !input.age_confirmed {
        errors.push(FieldError::new("age_confirmed", "error-age-required"));
    }
    if !input.policy_accepted {
        errors.push(FieldError::new("policy_accepted", "error-policy-required"));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let hash = state.hasher.hash(input.password).await?;
    // The version the person just accepted: the one in force (P31).
    let policy_version = crate::server::policies::current_version(state).await?;
    let id = uuid::Uuid::now_v7().to_string();
    let user = NewUser {
        id: &id,
        email: &email,
        name: &name,
        role: Role::User,
        locale: input.locale.tag(),
        password_hash: Some(&hash),
        policy_version: Some(&policy_version),
        age_confirmed: true,
    };
    repo::insert_user(&Scope::System, &state.db, &user, now)
        .await
        .map_err(|e| match e {
            AppError::Conflict(_) => AppError::field("email", "error-email-taken"),
            other => other,
        })?;
    let row = repo::find(&Scope::System, &state.db, &id).await?;
    send_verification(state, &row, now).await?;
    crate::server::onboarding::schedule_tips(state, &id, now).await?;
    let issued = start_session(state, &id, client, input.remember, now).await?;
    record(state, &id, "signed_up", client, now).await?;
    Ok(issued)
}

/// Signs in with email and password. Wrong credentials, unknown accounts
/// and disabled accounts get the same answer after the same work, except
/// an account whose deletion is pending: the right password within the
/// grace period cancels the deletion and signs in. After
/// [`ratelimit::SIGN_IN_FAILURES`] failures the account is locked for the
/// rest of the window and its owner is told by email.
pub async fn sign_in(
    state: &AppState,
    client: &Client,
    email: &str,
    password: String,
    remember: bool,
) -> Result<Issued, AppError> {
    let now = now_ms();
    let subject = email_subject(email);
    ratelimit::hit(state, &ratelimit::SIGN_IN_IP, &ip_subject(client.ip), now).await?;
    // Each attempt counts as a failure before its password is hashed, in
    // one atomic step, and is forgotten when it proves right: parallel
    // guesses cannot all pass a check made before any of them is counted.
    let failures = ratelimit::hit(state, &ratelimit::SIGN_IN_FAILURES, &subject, now).await?;
    let user = repo::find_by_email(&Scope::System, &state.db, email)
        .await?
        .filter(|u| u.disabled_at.is_none() || u.purge_after.is_some_and(|at| at > now));
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let verified = state.hasher.verify(password.clone(), stored).await?;
    let (Some(user), Verified::Yes { rehash }) = (user.clone(), verified) else {
        if let Some(user) = &user {
            record(state, &user.id, "sign_in_failed", client, now).await?;
            if failures == ratelimit::SIGN_IN_FAILURES.max {
                record(state, &user.id, "locked", client, now).await?;
                let minutes = ratelimit::SIGN_IN_FAILURES.window_ms / MINUTE_MS;
                notify::account_locked(state, user, minutes).await?;
            }
        }
        return Err(AppError::field("password", "error-sign-in-failed"));
    };
    ratelimit::clear(state, &ratelimit::SIGN_IN_FAILURES, &subject).await?;
    if rehash {
        let hash = state.hasher.hash(password).await?;
        repo::set_password_hash(&Scope::System, &state.db, &user.id, &hash, now).await?;
    }
    let deletion_cancelled = user.disabled_at.is_some()
        && crate::server::privacy::erasure::cancel(state, &user.id, now).await?;
    let mut issued = start_session(state, &user.id, client, remember, now).await?;
    issued.deletion_cancelled = deletion_cancelled;
    record(state, &user.id, "signed_in", client, now).await?;
    Ok(issued)
}

/// Ends the session `session_id` of the signed-in user.
pub async fn sign_out(state: &AppState, scope: &Scope, session_id: &str) -> Result<(), AppError> {
    repo::delete_session(scope, &state.db, session_id).await
}

/// Ends every session of the signed-in user, this one included.
pub async fn sign_out_everywhere(state: &AppState, scope: &Scope) -> Result<u64, AppError> {
    let user = scope.user()?;
    repo::delete_sessions_of(scope, &state.db, &user.user_id, None).await
}

async fn start_session(
    state: &AppState,
    user_id: &str,
    client: &Client,
    remember: bool,
    now: i64,
) -> Result<Issued, AppError> {
    let (token, token_hash) = tokens::generate();
    let id = uuid::Uuid::now_v7().to_string();
    let lifetime_ms = state.config.session_lifetime.as_millis() as i64;
    repo::insert_session(
        &Scope::System,
        &state.db,
        &NewSession {
            id: &id,
            user_id,
            token_hash: &token_hash,
            persistent: remember,
            user_agent: &client.user_agent,
            expires_at: now + lifetime_ms,
        },
        now,
    )
    .await?;
    Ok(Issued {
        user_id: user_id.to_string(),
        session_id: id,
        token,
        max_age_secs: remember.then_some(lifetime_ms / 1000),
        deletion_cancelled: false,
    })
}

async fn send_verification(state: &AppState, user: &UserRow, now: i64) -> Result<(), AppError> {
    let token = new_token(
        state,
        &user.id,
        Purpose::VerifyEmail,
        None,
        now + CONFIRM_LINK_MS,
        now,
    )
    .await?;
    notify::verify_email(state, user, &token).await
}

/// Sends a new verification link to the signed-in user (a few per hour).
pub async fn resend_verification(state: &AppState, scope: &Scope) -> Result<(), AppError> {
    let now = now_ms();
    let user_id = &scope.user()?.user_id;
    let user = repo::find(scope, &state.db, user_id).await?;
    if user.email_verified_at.is_some() {
        return Ok(());
    }
    ratelimit::hit(state, &ratelimit::EMAIL_SEND_ACCOUNT, user_id, now).await?;
    send_verification(state, &user, now).await
}

/// Uses a verification link.
pub async fn verify_email(state: &AppState, token: &str) -> Result<(), AppError> {
    let now = now_ms();
    let hash = tokens::digest(token.trim());
    let (user_id, _) =
        repo::consume_token(&Scope::System, &state.db, &hash, Purpose::VerifyEmail, now)
            .await?
            .ok_or_else(|| AppError::field("token", "error-link-invalid"))?;
    repo::mark_verified(&Scope::System, &state.db, &user_id, now).await
}

/// Creates the first (or another) administrator, or promotes an existing
/// account. There is no default password: the answer is a single-use link,
/// valid for a day, where the administrator sets one.
pub async fn create_admin(state: &AppState, email: &str, name: &str) -> Result<String, AppError> {
    let now = now_ms();
    let email = email.trim();
    validate::email(email).map_err(|key| AppError::field("email", key))?;
    let user_id = match repo::find_by_email(&Scope::System, &state.db, email).await? {
        Some(user) => {
            repo::set_role(&Scope::System, &state.db, &user.id, Role::Admin, now).await?;
            user.id
        }
        None => {
            let name = name.trim();
            validate::name(name).map_err(|key| AppError::field("name", key))?;
            let id = uuid::Uuid::now_v7().to_string();
            let user = NewUser {
                id: &id,
                email,
                name,
                role: Role::Admin,
                locale: Locale::default().tag(),
                password_hash: None,
                policy_version: None,
                age_confirmed: false,
            };
            repo::insert_user(&Scope::System, &state.db, &user, now).await?;
            id
        }
    };
    let made = crate::server::admin::ADMIN_MADE;
    crate::server::admin::note(state, &Scope::System, made, Some(&user_id), "command line").await?;
    let token = new_token(
        state,
        &user_id,
        Purpose::ResetPassword,
        None,
        now + CONFIRM_LINK_MS,
        now,
    )
    .await?;
    Ok(notify::link(state, "/reset-password", &token))
}
