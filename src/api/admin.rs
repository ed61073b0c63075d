//! Server functions of the staff tools. Callers without a staff role get
//! `NotFound`, as if the tools did not exist.

use crate::error::AppError;
use crate::model::admin::AuditEntry;
use leptos::prelude::*;

/// P30: deletes the account of a person found to be under 18.
#[server(endpoint = "admin/delete-minor")]
pub async fn delete_minor_account(
    email: String,
    password: String,
    reason: String,
    confirmed: Option<String>,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        let input = crate::server::admin::MinorDeletion {
            email,
            password,
            reason,
            confirmed: confirmed.is_some(),
        };
        crate::server::admin::delete_minor_account(&caller.state, &caller.scope, input).await?;
        crate::api::redirect_plain("/admin?notice=account-deleted");
        Ok(())
    })
    .await
}

/// Signs a person out everywhere.
#[server(endpoint = "admin/end-sessions")]
pub async fn end_sessions(email: String, password: String, reason: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        let input = crate::server::admin::SessionsEnding {
            email,
            password,
            reason,
        };
        crate::server::admin::end_sessions(&caller.state, &caller.scope, input).await?;
        crate::api::redirect_plain("/admin?notice=sessions-ended");
        Ok(())
    })
    .await
}

/// The newest entries of the audit log.
#[server(endpoint = "admin/audit")]
pub async fn list_audit() -> Result<Vec<AuditEntry>, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::admin::recent(&caller.state, &caller.scope, 50).await
    })
    .await
}
