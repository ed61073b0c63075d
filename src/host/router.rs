//! The whole HTTP application: pages, server functions, static files, probes,
//! and the layers every request passes through (outermost first): our own
//! request id (never the client's), tracing, security headers, readable
//! error pages, body limit, panic guard, timeout, the session and client
//! behind the request, the log of refusals (`server::security_events`),
//! compression, then on server functions the Origin
//! check, the cap on their bodies and the answer to a request they cannot
//! read (`server::malformed`), and the copy of a plain form's body kept for
//! its page should the server function refuse it (`api::typed`).

use crate::app::{App, shell};
use crate::host::wiring;
use crate::server::state::AppState;
use crate::server::{auth, error_page, headers, malformed, origin, request_id, security_events};
use axum::Router;
use http::Request;
use leptos::prelude::provide_context;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use std::sync::OnceLock;
use tower::ServiceBuilder;
use tower_http::CompressionLevel;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::map_request_body::MapRequestBodyLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

/// The quality of the compression of each answer (brotli and gzip).
const DYNAMIC_COMPRESSION: i32 = 4;

/// The app's routes, generated once per process. Generating them runs the app
/// with resource loading suspended process-wide, so a page rendered on another
/// thread at that moment would wait forever; building several routers (as the
/// tests do) must not generate the list again.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

pub fn build(state: AppState) -> Router {
    let routes = route_list();
    let leptos_options = state.config.leptos.clone();
    let context_state = state.clone();
    let server_fns_guarded =
        axum::middleware::from_fn_with_state(state.clone(), origin::check_origin);

    let pages = Router::new()
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_context(context_state.clone()),
            move || shell(leptos_options.clone()),
        )
        .route_layer(axum::middleware::from_fn(crate::api::typed::keep_form))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            malformed::refuse_unreadable,
        ))
        .route_layer(server_fns_guarded);

    let fallback_state = state.clone();
    let fallback = leptos_axum::file_and_error_handler_with_context::<AppState, _>(
        move || provide_context(fallback_state.clone()),
        shell,
    );

    let app = wiring::routes(&state).merge(pages).fallback(fallback);
    with_layers(app, state)
}

/// `app` behind the layers every request passes through (see the top of
/// this file); tests put routes of their own behind the same layers.
pub fn with_layers(app: Router<AppState>, state: AppState) -> Router {
    let trace = TraceLayer::new_for_http()
        .make_span_with(|request: &Request<_>| {
            let id = request
                .headers()
                .get(request_id::HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            let client_id = request
                .extensions()
                .get::<request_id::ClientRequestId>()
                .map_or("-", |c| c.0.as_str());
            // The path only: query strings may carry tokens. No IP address.
            tracing::info_span!(
                "request",
                id = %id,
                client_id = %client_id,
                method = %request.method(),
                path = %request.uri().path()
            )
        })
        .on_response(DefaultOnResponse::new().level(tracing::Level::INFO));

    app.layer(
        ServiceBuilder::new()
            .layer(axum::middleware::from_fn(request_id::own_ids))
            .layer(SetRequestIdLayer::new(
                request_id::HEADER,
                request_id::MakeUuidV7,
            ))
            .layer(PropagateRequestIdLayer::new(request_id::HEADER))
            .layer(trace)
            // Outside every layer that answers by itself (413, 408, a
            // caught panic's 500, their error pages), so those answers
            // carry the security headers too.
            .layer(axum::middleware::from_fn_with_state(
                state.clone(),
                headers::security_headers,
            ))
            .layer(axum::middleware::from_fn_with_state(
                state.clone(),
                error_page::render_failures,
            ))
            .layer(RequestBodyLimitLayer::new(state.config.max_body_bytes))
            .layer(MapRequestBodyLayer::new(axum::body::Body::new))
            .layer(CatchPanicLayer::new())
            .layer(TimeoutLayer::with_status_code(
                http::StatusCode::REQUEST_TIMEOUT,
                state.config.request_timeout,
            ))
            .layer(axum::middleware::from_fn_with_state(
                state.clone(),
                auth::session::resolve,
            ))
            .layer(axum::middleware::from_fn(security_events::refusals))
            .layer(axum::middleware::from_fn_with_state(
                state.clone(),
                crate::server::privacy::consent::middleware::resolve,
            ))
            // Pages are compressed as they are sent: at brotli's default
            // (quality 11) a 60-card board cost more CPU than rendering
            // it; quality 4 is a few percent larger and many times
            // faster. The site's files are compressed once, at their
            // best, at start-up (server::assets). Archives are
            // compressed already.
            .layer(
                CompressionLayer::new()
                    .quality(CompressionLevel::Precise(DYNAMIC_COMPRESSION))
                    .compress_when(
                        DefaultPredicate::new()
                            .and(NotForContentType::const_new("application/zip")),
                    ),
            ),
    )
    .with_state(state)
}
