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
    crate::api::respond(async move {
        use crate::server::auth::{self, session};
        let state = crate::server::state::AppState::from_context()?;
        let current = session::current().ok_or(AppError::Unauthorized)?;
        auth::change_password(
            &state,
            &current.scope,
            &session::client(),
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
    crate::api::respond(async move {
        use crate::server::auth::{self, session};
        let state = crate::server::state::AppState::from_context()?;
        auth::request_email_change(&state, &session::scope(), password, &new_email).await?;
        leptos_axum::redirect("/settings?notice=email-change-sent");
        Ok(())
    })
    .await
}

#[server(endpoint = "account/confirm-email")]
pub async fn confirm_email_change(token: String) -> Result<(), AppError> {
    crate::api::respond(async move {
        use crate::server::auth::{self, session};
        let state = crate::server::state::AppState::from_context()?;
        auth::confirm_email_change(&state, &session::client(), &token).await?;
        leptos_axum::redirect(if session::current().is_some() {
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
    crate::api::respond(async move {
        use crate::server::auth::{device, repo, session};
        let state = crate::server::state::AppState::from_context()?;
        let current = session::current().ok_or(AppError::Unauthorized)?;
        let now = crate::server::time::now_ms();
        let rows = repo::list_sessions(&current.scope, &state.db, now).await?;
        Ok(rows
            .into_iter()
            .map(|row| SessionInfo {
                current: row.id == current.id,
                device: device::describe(&row.user_agent),
                remembered: row.persistent != 0,
                created_at: row.created_at,
                last_seen_at: row.last_seen_at,
                id: row.id,
            })
            .collect())
    })
    .await
}

/// Signs out one session; signing out the current one signs this browser out.
#[server(endpoint = "account/sessions/revoke")]
pub async fn revoke_session(id: String) -> Result<(), AppError> {
    crate::api::respond(async move {
        use crate::server::auth::{self, session};
        let state = crate::server::state::AppState::from_context()?;
        let current = session::current().ok_or(AppError::Unauthorized)?;
        auth::sign_out(&state, &current.scope, &id).await?;
        if id == current.id {
            session::send_clear_cookie(&state);
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
    crate::api::respond(async move {
        use crate::server::auth::{self, session};
        let state = crate::server::state::AppState::from_context()?;
        auth::sign_out_everywhere(&state, &session::scope()).await?;
        session::send_clear_cookie(&state);
        leptos_axum::redirect("/sign-in?notice=signed-out-everywhere");
        Ok(())
    })
    .await
}

#[server(endpoint = "account/events")]
pub async fn list_account_events() -> Result<Vec<AccountEvent>, AppError> {
    crate::api::respond(async move {
        use crate::server::auth::{repo, session};
        let state = crate::server::state::AppState::from_context()?;
        let rows = repo::list_events(&session::scope(), &state.db, 20).await?;
        Ok(rows
            .into_iter()
            .map(|row| AccountEvent {
                kind: row.kind,
                device: row.device,
                at: row.created_at,
            })
            .collect())
    })
    .await
}
