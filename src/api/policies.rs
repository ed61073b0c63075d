//! Server functions of the versioned policies (P31): the in-app notice of
//! a new version and its acknowledgement, and publishing (administrators).

use crate::error::AppError;
use crate::model::policies::{PolicyChange, PolicyVersionAdmin};
use leptos::prelude::*;

/// The newest version, when the signed-in person has not acknowledged it.
#[server(endpoint = "policies/notice")]
pub async fn get_policy_notice() -> Result<Option<PolicyChange>, AppError> {
    crate::api::respond(async move {
        let state = crate::server::state::AppState::from_context()?;
        let locale = crate::ui::prefs::from_request().locale;
        let scope = crate::server::auth::session::scope();
        crate::server::policies::pending_notice(&state, &scope, locale).await
    })
    .await
}

/// "Got it": hides the notice of `version`. A plain form post goes back to
/// the page it came from.
#[server(endpoint = "policies/acknowledge")]
pub async fn acknowledge_policy(
    version: String,
    return_to: Option<String>,
) -> Result<(), AppError> {
    crate::api::respond(async move {
        let state = crate::server::state::AppState::from_context()?;
        let scope = crate::server::auth::session::scope();
        crate::server::policies::acknowledge(&state, &scope, &version).await?;
        if crate::api::plain_form() {
            crate::server::prefs::redirect_back(return_to.as_deref());
        }
        Ok(())
    })
    .await
}

/// Every version, for administrators.
#[server(endpoint = "admin/policies/list")]
pub async fn list_policy_versions() -> Result<Vec<PolicyVersionAdmin>, AppError> {
    crate::api::respond(async move {
        use crate::server::policies::{self, repo};
        let (scope, db) = crate::api::caller()?;
        policies::require_admin(&scope)?;
        let mut out = Vec::new();
        for row in repo::list(&scope, &db).await? {
            let (notified, users) = repo::notified_counts(&scope, &db, &row.version).await?;
            out.push(PolicyVersionAdmin {
                version: row.version,
                effective_at: row.effective_at,
                summary_en: row.summary_en,
                summary_nl: row.summary_nl,
                summary_fr: row.summary_fr,
                created_at: row.created_at,
                notified,
                users,
            });
        }
        Ok(out)
    })
    .await
}

/// Publishes a new version and emails every user about it.
#[server(endpoint = "admin/policies/publish")]
pub async fn publish_policy(
    version: String,
    effective: String,
    summary_en: String,
    summary_nl: String,
    summary_fr: String,
) -> Result<(), AppError> {
    crate::api::respond(async move {
        use crate::server::policies::{self, Publish};
        let state = crate::server::state::AppState::from_context()?;
        let scope = crate::server::auth::session::scope();
        let input = Publish {
            version,
            effective,
            summary_en,
            summary_nl,
            summary_fr,
        };
        policies::publish(&state, &scope, input).await?;
        crate::api::redirect_plain("/admin/policies?notice=policy-published");
        Ok(())
    })
    .await
}
