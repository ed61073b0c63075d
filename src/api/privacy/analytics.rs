//! First-party usage analytics (P05, P13): the beacon the hydrated app sends
//! for pages reached without a reload and for time spent on a page, and the
//! staff dashboard of daily aggregates.

use crate::error::AppError;
use crate::model::analytics::Dashboard;
use leptos::prelude::*;

/// The longest time on one page that is counted (six hours).
pub const MAX_DURATION_MS: i64 = 6 * 3600 * 1000;

/// `kind` is `view` (a page reached inside the app) or `leave` (the page
/// was left or hidden after `duration_ms`). Recorded only with analytics
/// consent, and never for a person who restricted or objected to it.
#[server(endpoint = "analytics/beacon")]
pub async fn beacon(
    kind: String,
    path: String,
    #[server(default)] duration_ms: Option<i64>,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::privacy::analytics::{self, Kind};
        if !crate::server::prefs::is_local_path(&path) || path.len() > 300 {
            return Err(AppError::field("path", "error-choice-invalid"));
        }
        let (kind, duration) = match (kind.as_str(), duration_ms) {
            ("view", _) => (Kind::PageView, None),
            ("leave", Some(ms)) if (0..=MAX_DURATION_MS).contains(&ms) => {
                (Kind::PageTime, Some(ms))
            }
            _ => return Err(AppError::field("kind", "error-choice-invalid")),
        };
        let facts = caller.facts();
        let name = analytics::page_name(&path);
        if analytics::record(&caller.state, &caller.scope, &facts, kind, &name, duration).await?
            && let Some(visit_id) = &facts.visit_id
        {
            analytics::renew_visit(&caller.state, visit_id);
        }
        Ok(())
    })
    .await
}

/// Daily aggregates of the last 30 days, for staff only (others: not found).
#[server(endpoint = "analytics/dashboard")]
pub async fn analytics_dashboard() -> Result<Dashboard, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::privacy::analytics::dashboard::load(
            &caller.state,
            &caller.scope,
            crate::server::time::now_ms(),
        )
        .await
    })
    .await
}
