//! Server functions of the versioned policies (P31): the in-app notice of
//! a new version and its acknowledgement, and publishing (administrators).

use crate::error::AppError;
use crate::model::policies::{PolicyChange, PolicyVersionAdmin};
use leptos::prelude::*;

/// The newest version, when the signed-in person has not acknowledged it.
#[server(endpoint = "policies/notice")]
pub async fn get_policy_notice() -> Result<Option<PolicyChange>, AppError> {
    crate::api::respond(async move |caller| {
        let locale = caller.locale();
        crate::server::policies::pending_notice(&caller.state, &caller.scope, locale).await
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
    crate::api::respond(async move |caller| {
        crate::server::policies::acknowledge(&caller.state, &caller.scope, &version).await?;
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
    crate::api::respond(async move |caller| {
        use crate::server::policies::{self, repo};
        policies::require_admin(&caller.scope)?;
        let mut out = Vec::new();
        for row in repo::list(&caller.scope, caller.db()).await? {
            let (notified, users) =
                repo::notified_counts(&caller.scope, caller.db(), &row.version).await?;
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
    crate::api::respond(async move |caller| {
        use crate::server::policies::{self, Publish};
        let input = Publish {
            version,
            effective,
            summary_en,
            summary_nl,
            summary_fr,
        };
        policies::publish(&caller.state, &caller.scope, input).await?;
        crate::api::redirect_plain("/admin/policies?notice=policy-published");
        Ok(())
    })
    .await
}
