//! Sessions end to end through the router: the cookie, a new token at each
//! sign-in, listing and revoking sessions, CSRF, signing in without
//! JavaScript, and settings that ask visitors to sign in. Each test runs on
//! SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use offerline::server::auth;

/// P18: over HTTPS the session cookie is `__Host-` prefixed, Secure,
/// HttpOnly and SameSite=Lax; "remember me" alone makes it persistent.
#[tokio::test]
async fn p18_session_cookie_attributes_over_https() {
    let t = fx_db().await;
    let app = fx_app(fx_state_with(
        &t,
        &[("OFFERLINE_BASE_URL", "https://offerline.test")],
    ));
    let signed_up = call_over_https(
        &app,
        "/api/auth/sign-up",
        None,
        &[
            ("name", "Eve"),
            ("email", "eve@example.org"),
            ("password", PASSWORD),
            ("age_confirmed", "on"),
            ("policy_accepted", "on"),
        ],
    )
    .await;
    assert_eq!(signed_up.status, 200, "{}", signed_up.body);
    let pending = signed_up
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("offerline_sign_up="))
        .expect("the sign-up cookie")
        .to_string();
    for attribute in [
        "HttpOnly",
        "Secure",
        "SameSite=Lax",
        "Path=/",
        "Max-Age=86400",
    ] {
        assert!(pending.contains(attribute), "{pending} lacks {attribute}");
    }
    let signed_in = call_over_https(
        &app,
        "/api/auth/sign-in",
        None,
        &[("email", "eve@example.org"), ("password", PASSWORD)],
    )
    .await;
    let browser_only = session_set_cookie(&signed_in);
    assert!(
        browser_only.starts_with("__Host-offerline_session="),
        "{browser_only}"
    );
    for attribute in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
        assert!(
            browser_only.contains(attribute),
            "{browser_only} lacks {attribute}"
        );
    }
    assert!(!browser_only.contains("Max-Age") && !browser_only.contains("Domain"));

    let remembered = call_over_https(
        &app,
        "/api/auth/sign-in",
        None,
        &[
            ("email", "eve@example.org"),
            ("password", PASSWORD),
            ("remember", "on"),
        ],
    )
    .await;
    let line = session_set_cookie(&remembered);
    assert!(line.contains("Max-Age=2592000"), "{line}");
    // Only the hash of the 256-bit token is stored.
    let token = session_cookie(&remembered)
        .unwrap()
        .split_once('=')
        .unwrap()
        .1
        .to_string();
    assert_eq!(token.len(), 64);
    let stored: Vec<(String,)> = sqlx::query_as("SELECT token_hash FROM sessions")
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    assert!(stored.iter().all(|(h,)| h != &token));
    assert!(stored.iter().any(|(h,)| h == &auth::tokens::digest(&token)));
}

/// Session fixation: signing in always issues a new token, and the one the
/// browser had before stops working.
#[tokio::test]
async fn p07_sign_in_replaces_the_session_token() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let first = sign_up(&app, "Fay", "fay@example.org").await;
    let reply = call(
        &app,
        "/api/auth/sign-in",
        Some(&first),
        &[("email", "fay@example.org"), ("password", PASSWORD)],
    )
    .await;
    let second = session_cookie(&reply).unwrap();
    assert_ne!(first, second);
    assert!(me(&app, &first).await.is_null());
    assert_eq!(me(&app, &second).await["name"], "Fay");
}

/// P07: sessions are listed, each can be signed out, another user's cannot,
/// and "sign out everywhere" ends them all.
#[tokio::test]
async fn p07_sessions_can_be_listed_and_revoked() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let laptop = sign_up(&app, "Gus", "gus@example.org").await;
    let phone = session_cookie(&sign_in(&app, "gus@example.org", PASSWORD).await).unwrap();
    let other = sign_up(&app, "Hal", "hal@example.org").await;

    let list = call(&app, "/api/account/sessions", Some(&laptop), &[]).await;
    let sessions: serde_json::Value = serde_json::from_str(&list.body).unwrap();
    let sessions = sessions.as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    assert!(sessions.iter().any(|s| s["current"] == true));
    assert_eq!(sessions[0]["device"], "Firefox 131 · Linux");
    let phone_id = sessions.iter().find(|s| s["current"] == false).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Another user cannot end it, and learns nothing.
    let foreign = call(
        &app,
        "/api/account/sessions/revoke",
        Some(&other),
        &[("id", &phone_id)],
    )
    .await;
    assert_eq!(foreign.status, 404);
    assert!(!me(&app, &phone).await.is_null());

    let revoked = call(
        &app,
        "/api/account/sessions/revoke",
        Some(&laptop),
        &[("id", &phone_id)],
    )
    .await;
    assert_eq!(revoked.status, 200, "{}", revoked.body);
    assert!(me(&app, &phone).await.is_null());
    assert!(!me(&app, &laptop).await.is_null());

    let all = call(&app, "/api/account/sessions/revoke-all", Some(&laptop), &[]).await;
    assert_eq!(all.status, 200);
    assert!(me(&app, &laptop).await.is_null());
    assert!(!me(&app, &other).await.is_null());
    // Signed out, the settings need signing in again.
    let anonymous = call(&app, "/api/account/sessions", Some(&laptop), &[]).await;
    assert_eq!(anonymous.status, 401);
}

/// CSRF: a cross-origin post to a server function is refused.
#[tokio::test]
async fn a_cross_site_sign_in_post_is_refused() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    sign_up(&app, "Oz", "oz@example.org").await;
    let reply = send(
        &app,
        post_form("/api/auth/sign-in")
            .header("origin", "https://evil.example")
            .body(axum::body::Body::from(form(&[
                ("email", "oz@example.org"),
                ("password", PASSWORD),
            ])))
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 403);
    assert!(session_cookie(&reply).is_none());
}

/// Without JavaScript, signing in is a plain form post answered by a redirect.
#[tokio::test]
async fn sign_in_works_as_a_plain_form_post() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    sign_up(&app, "Pia", "pia@example.org").await;
    let reply = send(
        &app,
        post_form("/api/auth/sign-in")
            .header("accept", "text/html")
            .header("origin", "http://offerline.test")
            .header("referer", "http://offerline.test/sign-in")
            .body(axum::body::Body::from(form(&[
                ("email", "pia@example.org"),
                ("password", PASSWORD),
                ("return_to", "/settings/sessions"),
            ])))
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 302);
    assert_eq!(reply.headers["location"], "/settings/sessions");
    let cookie = session_cookie(&reply).unwrap();
    let page = send(
        &app,
        get("/settings/sessions")
            .header("cookie", &cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Firefox 131"),
        "the sessions page lists this browser"
    );

    let wrong = send(
        &app,
        post_form("/api/auth/sign-in")
            .header("accept", "text/html")
            .header("origin", "http://offerline.test")
            .header("referer", "http://offerline.test/sign-in")
            .body(axum::body::Body::from(form(&[
                ("email", "pia@example.org"),
                ("password", "wrong password!"),
            ])))
            .unwrap(),
    )
    .await;
    assert_eq!(wrong.status, 302);
    let back = wrong.headers["location"].to_str().unwrap().to_string();
    assert!(
        back.starts_with("http://offerline.test/sign-in?") && back.contains("__err="),
        "{back}"
    );
    let page = send(
        &app,
        get(back.trim_start_matches("http://offerline.test"))
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert!(
        page.body
            .contains("The email address or password is not right."),
        "the error shows next to the field"
    );
}

/// Settings pages send visitors to sign in, and back afterwards.
#[tokio::test]
async fn settings_ask_visitors_to_sign_in() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = send(
        &app,
        get("/settings/sessions")
            .header("accept", "text/html")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    assert_eq!(
        reply.headers["location"],
        "/sign-in?return_to=/settings/sessions"
    );
}

/// P07: a sign-up link used in a browser that was signed in to another
/// account ends the session it had, as signing in does: the old cookie
/// signs nobody in any more.
#[tokio::test]
async fn p07_signing_up_ends_the_session_the_browser_had() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let first = sign_up(&app, "Ana", "ana@example.org").await;
    let reply = call(
        &app,
        "/api/auth/sign-up",
        Some(&first),
        &[
            ("name", "Bo"),
            ("email", "bo@example.org"),
            ("password", PASSWORD),
            ("age_confirmed", "on"),
            ("policy_accepted", "on"),
        ],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let browser = sign_up_cookie(&reply).expect("the sign-up cookie");
    let token = token_sent_to(&t, "bo@example.org", "/verify-email").await;
    let cookies = format!("{first}; {browser}");
    let reply = call(
        &app,
        "/api/auth/verify-email",
        Some(&cookies),
        &[("token", &token)],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let second = session_cookie(&reply).expect("a new session");
    assert_ne!(second, first);
    assert!(me(&app, &first).await.is_null(), "the old session ended");
    assert_eq!(me(&app, &second).await["email"], "bo@example.org");
}

/// P07 P18: a session ends after the configured idle time without use,
/// and after its absolute lifetime however much it is used; its use within
/// the idle time keeps it alive. The clock is moved by ageing the session.
#[tokio::test]
async fn p07_sessions_end_when_idle_and_at_their_lifetime() {
    let t = fx_db().await;
    let app = fx_app(fx_state_with(
        &t,
        &[
            ("OFFERLINE_SESSION_IDLE_HOURS", "2"),
            ("OFFERLINE_SESSION_LIFETIME_DAYS", "3"),
        ],
    ));
    let hour: i64 = 3600 * 1000;
    let age = |cookie: String, seen_ago: i64, expires_in: i64| {
        let pool = t.db.pool.clone();
        async move {
            let token = cookie.split_once('=').unwrap().1.to_string();
            let now = offerline::server::time::now_ms();
            sqlx::query(
                "UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE token_hash = $3",
            )
            .bind(now - seen_ago)
            .bind(now + expires_in)
            .bind(auth::tokens::digest(&token))
            .execute(&pool)
            .await
            .unwrap();
        }
    };
    let idle = sign_up(&app, "Ida", "ida@example.org").await;
    let expires_at: (i64, i64) = sqlx::query_as("SELECT created_at, expires_at FROM sessions")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(
        expires_at.1 - expires_at.0,
        72 * hour,
        "the lifetime is configured"
    );

    // Used an hour ago: still signed in.
    age(idle.clone(), hour, 48 * hour).await;
    assert_eq!(me(&app, &idle).await["email"], "ida@example.org");
    // Unused for more than the idle time: signed out.
    age(idle.clone(), 2 * hour + 60_000, 48 * hour).await;
    assert!(me(&app, &idle).await.is_null());

    // Used a minute ago, but past its lifetime: signed out.
    let old = sign_in(&app, "ida@example.org", PASSWORD).await;
    let old = session_cookie(&old).unwrap();
    age(old.clone(), 60_000, -1).await;
    assert!(me(&app, &old).await.is_null());
}
