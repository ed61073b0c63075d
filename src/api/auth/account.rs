//! Server functions of the signed-in account's settings: password, email
//! address, sessions and account history.

use crate::error::AppError;
use crate::model::account::{AccountEvent, SessionInfo};
use leptos::prelude::*;

#[server(endpoint = "account/password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    sign_out_others: Option<String>,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        let current = caller.signed_in()?;
        auth::change_password(
            &caller.state,
            &current.scope,
            &caller.client,
            &current.id,
            current_password,
            new_password,
            sign_out_others.is_some(),
        )
        .await?;
        leptos_axum::redirect("/settings?notice=password-changed");
        Ok(())
    })
    .await
}

#[server(endpoint = "account/email")]
pub async fn change_email(password: String, new_email: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        auth::request_email_change(&caller.state, &caller.scope, password, &new_email).await?;
        leptos_axum::redirect("/settings?notice=email-change-sent");
        Ok(())
    })
    .await
}

#[server(endpoint = "account/confirm-email")]
pub async fn confirm_email_change(token: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        let current = caller.session.as_ref().map(|s| s.id.as_str());
        auth::confirm_email_change(&caller.state, &caller.client, current, &token).await?;
        leptos_axum::redirect(if caller.session.is_some() {
            "/settings?notice=email-changed"
        } else {
            "/sign-in?notice=email-changed"
        });
        Ok(())
    })
    .await
}

#[server(endpoint = "account/sessions")]
pub async fn list_sessions() -> Result<Vec<SessionInfo>, AppError> {
    crate::api::respond(async move |caller| {
        let current = caller.signed_in()?;
        crate::server::auth::accounts::sessions(&current.scope, caller.db(), &current.id).await
    })
    .await
}

/// Signs out one session; signing out the current one signs this browser out.
#[server(endpoint = "account/sessions/revoke")]
pub async fn revoke_session(id: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        let current = caller.signed_in()?;
        auth::sign_out(&caller.state, &current.scope, &id).await?;
        if id == current.id {
            auth::session::send_clear_cookie(&caller.state);
            leptos_axum::redirect("/sign-in");
        } else {
            leptos_axum::redirect("/settings/sessions?notice=session-ended");
        }
        Ok(())
    })
    .await
}

#[server(endpoint = "account/sessions/revoke-all")]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        auth::sign_out_everywhere(&caller.state, &caller.scope).await?;
        auth::session::send_clear_cookie(&caller.state);
        leptos_axum::redirect("/sign-in?notice=signed-out-everywhere");
        Ok(())
    })
    .await
}

#[server(endpoint = "account/events")]
pub async fn list_account_events() -> Result<Vec<AccountEvent>, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::auth::accounts::history(&caller.scope, caller.db(), 20).await
    })
    .await
}
