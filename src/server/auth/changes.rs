//! What the signed-in owner changes with their current password: the
//! password itself, and the email address (through a link sent to the new
//! one).

use super::{
    CONFIRM_LINK_MS, Carries, confirm_password, new_token, notify, password, record, repo, tokens,
    validate,
};
use crate::error::AppError;
use crate::server::auth::repo::Purpose;
use crate::server::auth::session::Client;
use crate::server::ratelimit;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;

/// Changes the signed-in user's password; optionally ends their other
/// sessions.
pub async fn change_password(
    state: &AppState,
    scope: &Scope,
    client: &Client,
    current_session: &str,
    current: String,
    new: String,
    sign_out_others: bool,
) -> Result<(), AppError> {
    let now = now_ms();
    let user = repo::find(scope, &state.db, &scope.user()?.user_id).await?;
    confirm_password(state, &user, current, "current_password", now).await?;
    password::check_policy(&new, &user.email, &user.name)
        .map_err(|key| AppError::field("new_password", key))?;
    let hash = state.hasher.hash(new).await?;
    repo::set_password_hash(scope, &state.db, &user.id, &hash, now).await?;
    if sign_out_others {
        repo::delete_sessions_of(scope, &state.db, &user.id, Some(current_session)).await?;
    }
    record(state, &user.id, "password_changed", client, now).await?;
    notify::password_changed(state, &user).await
}

/// Starts moving the signed-in user to `new_email`: a confirmation link
/// goes to the new address; nothing changes until it is used. The answer
/// is the same when the address already has an account (its owner is told
/// by email instead), and every attempt with the right password counts
/// against the account's email limit, so the form cannot be used to find
/// out which addresses have accounts.
pub async fn request_email_change(
    state: &AppState,
    scope: &Scope,
    password: String,
    new_email: &str,
) -> Result<(), AppError> {
    let now = now_ms();
    let user = repo::find(scope, &state.db, &scope.user()?.user_id).await?;
    let new_email = new_email.trim();
    validate::email(new_email).map_err(|key| AppError::field("new_email", key))?;
    if new_email.eq_ignore_ascii_case(&user.email) {
        return Err(AppError::field("new_email", "error-email-same"));
    }
    confirm_password(state, &user, password, "password", now).await?;
    ratelimit::hit(state, &ratelimit::EMAIL_SEND_ACCOUNT, &user.id, now).await?;
    if let Some(owner) = repo::find_by_email(&Scope::System, &state.db, new_email).await? {
        return notify::address_in_use(state, &owner, notify::Attempt::EmailChange).await;
    }
    let token = new_token(
        state,
        &user.id,
        Purpose::ChangeEmail,
        Carries::NewEmail(new_email),
        now + CONFIRM_LINK_MS,
        now,
    )
    .await?;
    notify::confirm_new_email(state, &user, new_email, &token).await
}

/// Uses an email-change link: the account moves to the new address, and
/// the old address is told. Every session but `current` (the browser that
/// used the link, when signed in) ends, and any password-reset link still
/// out, sent to the old address, stops working.
pub async fn confirm_email_change(
    state: &AppState,
    client: &Client,
    current: Option<&str>,
    token: &str,
) -> Result<(), AppError> {
    let now = now_ms();
    let hash = tokens::digest(token.trim());
    let used = repo::consume_token(&Scope::System, &state.db, &hash, Purpose::ChangeEmail, now)
        .await?
        .ok_or_else(|| AppError::field("token", "error-link-invalid"))?;
    let user_id = used.user_id;
    let new_email = used
        .new_email
        .ok_or_else(|| AppError::field("token", "error-link-invalid"))?;
    let before = repo::find(&Scope::System, &state.db, &user_id).await?;
    repo::set_email(&Scope::System, &state.db, &user_id, &new_email, now)
        .await
        .map_err(|e| match e {
            AppError::Conflict(_) => AppError::field("token", "error-email-taken"),
            other => other,
        })?;
    repo::delete_sessions_of(&Scope::System, &state.db, &user_id, current).await?;
    repo::revoke_tokens(
        &Scope::System,
        &state.db,
        &user_id,
        Purpose::ResetPassword,
        now,
    )
    .await?;
    record(state, &user_id, "email_changed", client, now).await?;
    notify::email_changed(state, &before, &new_email).await
}
