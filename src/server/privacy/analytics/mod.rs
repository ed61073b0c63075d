//! First-party usage analytics (P05, P13), recorded on this server only,
//! and only when the visitor allowed analytics in the cookie choice and, for
//! a signed-in person, has neither restricted processing nor objected to
//! analytics (P27, P28). An event keeps a page or feature name, a duration
//! where there is one, the browser family and major version, the system and
//! the device type (`ua.rs`), and the client's network, never its address
//! (`ip.rs`). No third-party script, no fingerprint: visits are told apart
//! only by the random visit cookie. Raw events are rolled up into daily
//! anonymous counts and deleted after the configured period (`rollup.rs`);
//! staff see only those counts (`dashboard.rs`). SQL in `repo.rs`.

pub mod dashboard;
pub mod ip;
pub mod repo;
pub mod rollup;
pub mod ua;

use crate::error::AppError;
use crate::model::consent::Consent;
use crate::model::cookies;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use http::HeaderMap;
use std::net::IpAddr;

pub use rollup::{PRUNE, ROLLUP, prune_job, rollup_job};

/// Analytics' background work: the daily roll-up and the prune of raw events.
pub fn jobs(
    registry: crate::server::jobs::Registry<AppState>,
) -> crate::server::jobs::Registry<AppState> {
    registry.every(ROLLUP, rollup_job).every(PRUNE, prune_job)
}

/// What kind of event a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    PageView,
    /// Time spent on a page, reported by the browser when it is left.
    PageTime,
    Feature,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::PageView => "page_view",
            Kind::PageTime => "page_time",
            Kind::Feature => "feature",
        }
    }
}

/// What analytics may know about the request behind an event.
#[derive(Debug, Clone)]
pub struct Facts {
    pub consent: Consent,
    pub visit_id: Option<String>,
    pub ip: IpAddr,
    pub user_agent: String,
}

/// The visit id a request carries, if it is well formed.
pub fn visit_from(headers: &HeaderMap) -> Option<String> {
    crate::server::prefs::request_cookie(headers, cookies::VISIT.name)
        .filter(|v| v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Records one event when the visitor and the person allow it; `Ok(false)`
/// when nothing was recorded.
pub async fn record(
    state: &AppState,
    scope: &Scope,
    facts: &Facts,
    kind: Kind,
    name: &str,
    duration_ms: Option<i64>,
) -> Result<bool, AppError> {
    if !facts.consent.analytics() {
        return Ok(false);
    }
    if let Scope::User(user) = scope
        && !user.allows_analytics()
    {
        return Ok(false);
    }
    let (Some(visit_id), Some(agent)) = (&facts.visit_id, ua::parse(&facts.user_agent)) else {
        return Ok(false);
    };
    let event = repo::NewEvent {
        id: uuid::Uuid::now_v7().to_string(),
        visit_id: visit_id.clone(),
        kind: kind.as_str(),
        name: name.chars().take(120).collect(),
        duration_ms,
        agent,
        ip_prefix: ip::truncate(facts.ip),
    };
    repo::insert(scope, &state.db, &event, now_ms()).await?;
    Ok(true)
}

/// A page view (`path` is reduced by [`page_name`]). A failure is logged;
/// it never breaks the page.
pub async fn page_view(state: &AppState, scope: &Scope, facts: &Facts, path: &str) {
    let name = page_name(path);
    if let Err(err) = record(state, scope, facts, Kind::PageView, &name, None).await {
        tracing::error!(?err, "page view not recorded");
    }
}

/// Use of a feature (`model::analytics::CARD_MOVED`, …) by the caller of the
/// server function being served. A failure is logged; it never breaks the
/// feature. The visit cookie is renewed, or set if it had lapsed.
pub async fn feature(state: &AppState, scope: &Scope, mut facts: Facts, name: &'static str) {
    if !facts.consent.analytics() {
        return;
    }
    let visit_id = facts
        .visit_id
        .clone()
        .unwrap_or_else(crate::server::privacy::consent::new_visit_id);
    facts.visit_id = Some(visit_id.clone());
    match record(state, scope, &facts, Kind::Feature, name, None).await {
        Ok(true) => renew_visit(state, &visit_id),
        Ok(false) => {}
        Err(err) => tracing::error!(?err, "feature use not recorded"),
    }
}

/// Sets the visit cookie on the server function's response.
pub fn renew_visit(state: &AppState, visit_id: &str) {
    let line =
        crate::server::prefs::cookie_header(&cookies::VISIT, visit_id, state.config.is_https());
    crate::server::privacy::consent::send_cookies(&[line]);
}

/// The name a page is counted under: its path without the query, with ids
/// (long hex or digit segments) replaced by `:id`, so no record is named.
pub fn page_name(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path
        .split('/')
        .map(|s| {
            let id_like = s.len() >= 8
                && s.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
                && s.bytes().any(|b| b.is_ascii_digit());
            if id_like { ":id" } else { s }
        })
        .collect();
    let name = segments.join("/");
    if name.is_empty() {
        "/".to_string()
    } else {
        name.chars().take(120).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::page_name;

    #[test]
    fn p05_page_names_carry_no_ids_or_queries() {
        assert_eq!(page_name("/"), "/");
        assert_eq!(page_name("/privacy?notice=x"), "/privacy");
        assert_eq!(
            page_name("/boards/0193f1a2-7b3c-7def-8a9b-0123456789ab/import"),
            "/boards/:id/import"
        );
        assert_eq!(page_name("/cards/01938af7e2c4"), "/cards/:id");
        assert_eq!(page_name("/settings/profile"), "/settings/profile");
    }
}
