//! Restriction (P27) and objection (P28): the switches a user sets in
//! Settings, Privacy. Restriction freezes processing: no AI, no usage
//! analytics, no non-essential email, while the data stays viewable,
//! editable and exportable. Objections turn off one purpose each
//! (analytics, AI processing, product email). The switches travel in the
//! request's [`Scope`] (`UserScope::allows_*`), so every purpose checks
//! them where it runs; mail is checked once more when it is sent, so a
//! message queued before the switch changed is not sent after it.
//!
//! Every non-essential email carries a one-click unsubscribe
//! ([`unsubscribe`]). SQL in `repo.rs`.

pub mod repo;
pub mod unsubscribe;

use crate::error::AppError;
use crate::model::privacy::PrivacyControls;
use crate::server::auth::accounts;
use crate::server::scope::{Objections, Scope};
use crate::server::state::AppState;
use crate::server::time::now_ms;

/// The signed-in user's switches, with the windows that apply to them.
pub async fn get(state: &AppState, scope: &Scope) -> Result<PrivacyControls, AppError> {
    let user_id = scope.user_id()?;
    let row = repo::get(scope, &state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let objections = row.objections();
    Ok(PrivacyControls {
        restricted_since: row.restricted_at,
        objects_analytics: objections.analytics,
        objects_ai: objections.ai,
        objects_product_email: objections.product_email,
        deletion_grace_days: state.config.deletion_grace_days,
        retention_days: state.config.retention_days,
    })
}

/// Freezes or resumes processing. Written to the account's history.
pub async fn set_restricted(
    state: &AppState,
    scope: &Scope,
    restricted: bool,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?.to_string();
    let now = now_ms();
    repo::set_restricted(scope, &state.db, restricted.then_some(now), now).await?;
    let kind = if restricted {
        "restricted"
    } else {
        "unrestricted"
    };
    accounts::record(&state.db, &user_id, kind, now).await
}

/// Saves the objection switches. Written to the account's history.
pub async fn set_objections(
    state: &AppState,
    scope: &Scope,
    objections: Objections,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?.to_string();
    let now = now_ms();
    repo::set_objections(scope, &state.db, objections, now).await?;
    accounts::record(&state.db, &user_id, "objections_changed", now).await
}

/// Whether product email may go to `user_id` now: the account is live and
/// neither restricted nor opted out. The mail sender asks just before
/// sending any non-essential message.
pub async fn allows_product_email(state: &AppState, user_id: &str) -> Result<bool, AppError> {
    Ok(repo::get(&Scope::System, &state.db, user_id)
        .await?
        .is_some_and(|row| {
            row.disabled_at.is_none()
                && row.restricted_at.is_none()
                && !row.objections().product_email
        }))
}
