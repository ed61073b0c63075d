//! The last guards of the web stack (ASVS 16.5): a handler that panics and
//! one slower than `OFFERLINE_REQUEST_TIMEOUT_SECS`. Routes of the test's
//! own sit behind the very layers of the app (`host::router::with_layers`):
//! each answer is the readable error page with our request id and the
//! security headers, and the server goes on answering.

use crate::common::*;
use axum::Router;
use offerline::server::state::AppState;

fn guarded(state: AppState) -> Router {
    let routes: Router<AppState> = Router::new()
        .route(
            "/boom",
            axum::routing::get(|| async {
                if true {
                    panic!("a bug in a handler");
                }
                "never"
            }),
        )
        .route(
            "/slow",
            axum::routing::get(|| async {
                tokio::time::sleep(std::time::Duration::from_secs(5)).await;
                "too late"
            }),
        )
        .route("/fine", axum::routing::get(|| async { "fine" }));
    offerline::host::router::with_layers(routes, state)
}

/// The answer is a page made by the app, with our reference and the
/// security headers.
fn assert_guarded(reply: &Reply, status: u16) {
    assert_eq!(reply.status, status, "{}", reply.body);
    let id = reply.headers["x-request-id"].to_str().unwrap();
    assert!(
        reply.body.contains(&format!("Reference: {id}")),
        "{}",
        reply.body
    );
    for header in [
        "content-security-policy",
        "x-content-type-options",
        "referrer-policy",
        "x-frame-options",
    ] {
        assert!(
            reply.headers.contains_key(header),
            "{status} carries {header}"
        );
    }
    assert!(
        !reply.body.contains("a bug in a handler"),
        "no internal text"
    );
}

/// A panicking handler answers 500 with the error page, never its panic
/// message, and the next request is served.
#[tokio::test]
async fn a_panic_answers_500_with_the_error_page_and_the_server_goes_on() {
    let t = fx_db().await;
    let app = guarded(fx_state(&t));
    let reply = send(
        &app,
        get("/boom")
            .header("accept", "text/html")
            .body(Default::default())
            .unwrap(),
    )
    .await;
    assert_guarded(&reply, 500);
    let after = send(&app, get("/fine").body(Default::default()).unwrap()).await;
    assert_eq!((after.status, after.body.as_str()), (200, "fine"));
}

/// A handler past the request timeout is cut off with 408 and the error
/// page.
#[tokio::test]
async fn a_request_past_the_timeout_answers_408_with_the_error_page() {
    let t = fx_db().await;
    let app = guarded(fx_state_with(
        &t,
        &[("OFFERLINE_REQUEST_TIMEOUT_SECS", "1")],
    ));
    let reply = send(
        &app,
        get("/slow")
            .header("accept", "text/html")
            .body(Default::default())
            .unwrap(),
    )
    .await;
    assert_guarded(&reply, 408);
}
