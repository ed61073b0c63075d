//! Probes for process managers and load balancers.
//! `/healthz`: the process answers. `/readyz`: it can serve, which needs the
//! database reachable and every migration applied.

use crate::server::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use http::StatusCode;
use serde_json::json;

pub async fn healthz() -> impl IntoResponse {
    (StatusCode::OK, "ok")
}

pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let database = state.db.ping().await.is_ok();
    let schema = match state.db.schema_status().await {
        Ok(status) if status.is_current() => "current",
        Ok(status) if !status.unknown.is_empty() => "newer than this binary",
        Ok(_) => "pending migrations",
        Err(_) => "unknown",
    };
    let ready = database && schema == "current";
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        Json(
            json!({ "ready": ready, "database": if database { "ok" } else { "unreachable" }, "schema": schema }),
        ),
    )
}
