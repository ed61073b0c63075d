//! Where the server is assembled from its domains: the background jobs and
//! the plain HTTP routes each domain exports. Infrastructure (the job queue,
//! the router's layers) knows no domain; this file is the one place that
//! names them all.

use crate::server::health;
use crate::server::jobs::{self, Registry};
use crate::server::state::AppState;
use crate::server::{auth, boards, mail, onboarding, policies, privacy, ratelimit};
use axum::Router;
use axum::routing::get;

/// Every job kind and recurring task Offerline runs.
pub fn jobs() -> Registry<AppState> {
    let domains: [fn(Registry<AppState>) -> Registry<AppState>; 10] = [
        jobs::housekeeping::jobs,
        mail::send::jobs,
        auth::jobs,
        ratelimit::jobs,
        boards::import::jobs,
        onboarding::jobs,
        policies::jobs,
        privacy::erasure::jobs,
        privacy::analytics::jobs,
        privacy::data::export::prepared::jobs,
    ];
    domains
        .into_iter()
        .fold(Registry::default(), |registry, add| add(registry))
}

/// The plain HTTP routes (files, probes, the one-click unsubscribe) of every
/// domain; pages and server functions are added by the router.
pub fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .merge(crate::api::boards::http::routes(state))
        .merge(crate::api::documents::http::routes(state))
        .merge(crate::api::privacy::http::routes(state))
}
