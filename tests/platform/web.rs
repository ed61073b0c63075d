//! The HTTP application through its router (no network): pages, probes,
//! headers, preferences, the Origin check and error pages.

use crate::common::{fx_app, fx_db, fx_state, get, post_form, send};
use axum::body::Body;

#[tokio::test]
async fn the_home_page_renders_with_security_headers_and_a_nonce() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = send(&app, get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(reply.status, 200);
    assert!(
        reply
            .body
            .contains("<html lang=\"en\" data-theme=\"system\"")
    );
    assert!(reply.body.contains("Offerline"));
    let csp = reply.headers["content-security-policy"].to_str().unwrap();
    for part in [
        "default-src 'self'",
        "'wasm-unsafe-eval'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(part), "{csp}");
    }
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .expect("nonce in CSP");
    assert!(nonce.len() >= 16);
    // Every inline script carries that nonce.
    for script in reply.body.split("<script").skip(1) {
        let tag = script.split('>').next().unwrap();
        if !tag.contains("src=") {
            assert!(
                tag.contains(&format!("nonce=\"{nonce}\"")),
                "inline script without nonce: {tag}"
            );
        }
    }
    assert_eq!(reply.headers["x-content-type-options"], "nosniff");
    assert_eq!(reply.headers["referrer-policy"], "same-origin");
    assert_eq!(reply.headers["cross-origin-opener-policy"], "same-origin");
    assert_eq!(reply.headers["cache-control"], "no-store");
    assert!(
        reply.headers.get("strict-transport-security").is_none(),
        "no HSTS over plain HTTP"
    );
    assert!(reply.headers.contains_key("x-request-id"));
}

#[tokio::test]
async fn each_response_gets_its_own_nonce() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let a = send(&app, get("/").body(Body::empty()).unwrap()).await;
    let b = send(&app, get("/").body(Body::empty()).unwrap()).await;
    assert_ne!(
        a.headers["content-security-policy"],
        b.headers["content-security-policy"]
    );
}

#[tokio::test]
async fn hsts_is_sent_when_served_over_https() {
    let t = fx_db().await;
    let mut state = fx_state(&t);
    state.config = std::sync::Arc::new(crate::common::fx_config(
        &t,
        &[("OFFERLINE_BASE_URL", "https://offerline.test")],
    ));
    let app = fx_app(state);
    let reply = send(&app, get("/healthz").body(Body::empty()).unwrap()).await;
    assert!(
        reply.headers["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
}

#[tokio::test]
async fn unknown_addresses_get_the_translated_404_page() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = send(
        &app,
        get("/no/such/page")
            .header("accept-language", "fr")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 404);
    assert!(
        reply.body.contains("<html lang=\"fr\""),
        "{}",
        &reply.body[..200.min(reply.body.len())]
    );
    assert!(reply.body.contains("404"));
}

#[tokio::test]
async fn probes_report_liveness_and_readiness() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let live = send(&app, get("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!((live.status, live.body.as_str()), (200, "ok"));
    let ready = send(&app, get("/readyz").body(Body::empty()).unwrap()).await;
    assert_eq!(ready.status, 200, "{}", ready.body);
    assert!(ready.body.contains("\"schema\":\"current\""));
}

#[tokio::test]
async fn readiness_fails_while_migrations_are_pending() {
    let t = fx_db().await;
    sqlx::query("DELETE FROM _sqlx_migrations")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let app = fx_app(fx_state(&t));
    let ready = send(&app, get("/readyz").body(Body::empty()).unwrap()).await;
    assert_eq!(ready.status, 503);
    assert!(ready.body.contains("pending migrations"));
}

#[tokio::test]
async fn the_language_follows_accept_language_then_the_cookie() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let dutch = send(
        &app,
        get("/")
            .header("accept-language", "nl-BE,nl;q=0.9")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(dutch.body.contains("<html lang=\"nl\""));
    let french = send(
        &app,
        get("/")
            .header("accept-language", "nl")
            .header("cookie", "offerline_locale=fr")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(french.body.contains("<html lang=\"fr\""));
}

#[tokio::test]
async fn a_plain_form_post_sets_the_language_cookie_and_returns_to_the_page() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = send(
        &app,
        post_form("/api/prefs/locale")
            .header("accept", "text/html")
            .header("origin", "http://offerline.test")
            .body(Body::from("locale=nl&return_to=%2Fprivacy"))
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    assert_eq!(reply.headers["location"], "/privacy");
    let cookie = reply.headers["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("offerline_locale=nl"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && cookie.contains("Max-Age=31536000")
    );
}

#[tokio::test]
async fn the_theme_can_be_set_and_is_rendered() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = send(
        &app,
        post_form("/api/prefs/theme")
            .header("accept", "text/html")
            .header("origin", "http://offerline.test")
            .body(Body::from("theme=dark&return_to=%2F"))
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 302);
    assert!(
        reply.headers["set-cookie"]
            .to_str()
            .unwrap()
            .starts_with("offerline_theme=dark")
    );
    let page = send(
        &app,
        get("/")
            .header("cookie", "offerline_theme=dark")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(page.body.contains("data-theme=\"dark\""));
}

#[tokio::test]
async fn a_bad_choice_is_a_validation_error_not_a_crash() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = send(
        &app,
        post_form("/api/prefs/locale")
            .header("origin", "http://offerline.test")
            .body(Body::from("locale=klingon"))
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert!(reply.body.contains("error-choice-invalid"));
}

#[tokio::test]
async fn return_to_never_leaves_the_site() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = send(
        &app,
        post_form("/api/prefs/locale")
            .header("origin", "http://offerline.test")
            .body(Body::from("locale=nl&return_to=%2F%2Fevil.example%2F"))
            .unwrap(),
    )
    .await;
    assert!(reply.status < 400, "{}", reply.status);
    assert!(
        reply.headers.get("location").is_none(),
        "{:?}",
        reply.headers
    );
}

#[tokio::test]
async fn a_cross_origin_post_to_a_server_function_is_refused() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = send(
        &app,
        post_form("/api/prefs/locale")
            .header("origin", "https://evil.example")
            .body(Body::from("locale=nl"))
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 403);
    assert!(reply.headers.get("set-cookie").is_none());
    let fetch_site = send(
        &app,
        post_form("/api/prefs/locale")
            .header("sec-fetch-site", "cross-site")
            .body(Body::from("locale=nl"))
            .unwrap(),
    )
    .await;
    assert_eq!(fetch_site.status, 403);
    // A request that says nothing of where it comes from is refused too.
    let silent = send(
        &app,
        post_form("/api/prefs/locale")
            .body(Body::from("locale=nl"))
            .unwrap(),
    )
    .await;
    assert_eq!(silent.status, 403);
    let same_site = send(
        &app,
        post_form("/api/prefs/locale")
            .header("sec-fetch-site", "same-origin")
            .body(Body::from("locale=nl"))
            .unwrap(),
    )
    .await;
    assert_eq!(same_site.status, 200, "{}", same_site.body);
}

#[tokio::test]
async fn policy_pages_state_the_configured_facts() {
    let t = fx_db().await;
    let mut state = fx_state(&t);
    state.config = std::sync::Arc::new(crate::common::fx_config(
        &t,
        &[
            ("OFFERLINE_DATA_LOCATION", "the European Union"),
            ("OFFERLINE_PRIVACY_CONTACT", "privacy@offerline.test"),
            ("OFFERLINE_RETENTION_DAYS", "45"),
        ],
    ));
    let app = fx_app(state);
    let privacy = send(&app, get("/privacy").body(Body::empty()).unwrap()).await;
    assert_eq!(privacy.status, 200);
    for fact in [
        "the European Union",
        "privacy@offerline.test",
        "45",
        offerline::server::policies::FIRST_VERSION,
    ] {
        assert!(privacy.body.contains(fact), "privacy page lacks {fact}");
    }
}

#[tokio::test]
async fn the_cookie_page_lists_every_cookie_the_server_can_set() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let page = send(&app, get("/cookies").body(Body::empty()).unwrap()).await;
    for cookie in offerline::model::cookies::ALL {
        assert!(
            page.body.contains(&format!("<code>{}</code>", cookie.name)),
            "missing {}",
            cookie.name
        );
    }
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let t = fx_db().await;
    let mut state = fx_state(&t);
    state.config = std::sync::Arc::new(crate::common::fx_config(
        &t,
        &[("OFFERLINE_MAX_BODY_MB", "1")],
    ));
    let app = fx_app(state);
    let big = format!("locale=nl&return_to={}", "a".repeat(2 * 1024 * 1024));
    let reply = send(
        &app,
        post_form("/api/prefs/locale")
            .header("content-length", big.len())
            .body(Body::from(big))
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 413);
    // A readable page with the reference to quote, not a bare status.
    let id = reply.headers["x-request-id"].to_str().unwrap();
    assert!(
        reply.body.contains(&format!("Reference: {id}")),
        "{}",
        reply.body
    );
}

/// The answers made by the outer layers themselves (here the body limit's
/// 413) carry the security headers like every other response.
#[tokio::test]
async fn a_refusal_by_an_outer_layer_carries_the_security_headers() {
    let t = fx_db().await;
    let mut state = fx_state(&t);
    state.config = std::sync::Arc::new(crate::common::fx_config(
        &t,
        &[("OFFERLINE_MAX_BODY_MB", "1")],
    ));
    let app = fx_app(state);
    let big = "a".repeat(2 * 1024 * 1024);
    let reply = send(
        &app,
        post_form("/api/prefs/locale")
            .header("content-length", big.len())
            .body(Body::from(big))
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 413);
    assert!(reply.headers.contains_key("content-security-policy"));
    assert_eq!(reply.headers["x-content-type-options"], "nosniff");
    assert_eq!(reply.headers["x-frame-options"], "DENY");
    assert_eq!(reply.headers["referrer-policy"], "same-origin");
}

/// A client cannot choose the request id that our pages and logs show:
/// whatever it sends in `x-request-id`, the answer carries an id of ours.
#[tokio::test]
async fn the_request_id_is_ours_whatever_the_client_sends() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    for sent in ["chosen-by-the-client", "<script>alert(1)</script>"] {
        let reply = send(
            &app,
            get("/no-such-page")
                .header("x-request-id", sent)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(reply.status, 404);
        let id = reply.headers["x-request-id"].to_str().unwrap();
        assert_ne!(id, sent);
        assert!(uuid::Uuid::parse_str(id).is_ok(), "{id}");
        assert!(!reply.body.contains("chosen-by-the-client"));
        assert!(!reply.body.contains("<script>alert"));
    }
}
