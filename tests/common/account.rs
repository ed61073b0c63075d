//! Helpers for tests that act as a person in a browser: form posts to the
//! account server functions, the session cookie they get back, and the
//! links in the emails Offerline queued.

use super::{Reply, post_form, send};
use axum::Router;
use axum::body::Body;
use offerline::server::db::Db;
use offerline::server::jobs::Worker;
use offerline::server::state::AppState;

pub const PASSWORD: &str = "plum orchard ladder 42";

/// The raw `Set-Cookie` line of the session cookie, if the reply sets one.
pub fn session_set_cookie_line(reply: &Reply) -> Option<String> {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.contains("offerline_session="))
        .map(str::to_string)
}

/// `name=value` of the session cookie a reply sets, if any.
pub fn session_cookie(reply: &Reply) -> Option<String> {
    session_set_cookie_line(reply).and_then(|c| c.split(';').next().map(str::to_string))
}

/// The raw `Set-Cookie` line of the session cookie.
pub fn session_set_cookie(reply: &Reply) -> String {
    session_set_cookie_line(reply).expect("a session cookie")
}

pub fn form(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// Posts a form to a server function as the hydrated app does (JSON
/// answers, errors with their status), with `cookie` when given.
pub async fn call(app: &Router, path: &str, cookie: Option<&str>, pairs: &[(&str, &str)]) -> Reply {
    call_from(app, path, cookie, pairs, "203.0.113.10").await
}

/// Like [`call`], from the client address `ip` (tests trust the proxy
/// header).
pub async fn call_from(
    app: &Router,
    path: &str,
    cookie: Option<&str>,
    pairs: &[(&str, &str)],
    ip: &str,
) -> Reply {
    post(app, path, cookie, pairs, ip, "http://offerline.test").await
}

/// Like [`call`], from a page served over HTTPS (for an app configured
/// with an `https://offerline.test` base URL).
pub async fn call_over_https(
    app: &Router,
    path: &str,
    cookie: Option<&str>,
    pairs: &[(&str, &str)],
) -> Reply {
    post(
        app,
        path,
        cookie,
        pairs,
        "203.0.113.10",
        "https://offerline.test",
    )
    .await
}

async fn post(
    app: &Router,
    path: &str,
    cookie: Option<&str>,
    pairs: &[(&str, &str)],
    ip: &str,
    origin: &str,
) -> Reply {
    let mut request = post_form(path)
        .header("origin", origin)
        .header("x-forwarded-for", ip)
        .header(
            "user-agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
        );
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(app, request.body(Body::from(form(pairs))).unwrap()).await
}

/// Signs up `email` and returns the session cookie.
pub async fn sign_up(app: &Router, name: &str, email: &str) -> String {
    let reply = call(
        app,
        "/api/auth/sign-up",
        None,
        &[
            ("name", name),
            ("email", email),
            ("password", PASSWORD),
            ("age_confirmed", "on"),
            ("policy_accepted", "on"),
        ],
    )
    .await;
    assert_eq!(reply.status, 200, "sign-up failed: {}", reply.body);
    session_cookie(&reply).expect("sign-up sets a session cookie")
}

pub async fn sign_in(app: &Router, email: &str, password: &str) -> Reply {
    call(
        app,
        "/api/auth/sign-in",
        None,
        &[("email", email), ("password", password)],
    )
    .await
}

/// The person behind `cookie`, as `/api/auth/me` reports it (`null` when
/// the cookie signs nobody in).
pub async fn me(app: &Router, cookie: &str) -> serde_json::Value {
    let reply = call(app, "/api/auth/me", Some(cookie), &[]).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    serde_json::from_str(&reply.body).expect("JSON")
}

/// The messages queued for `to`, newest first: (kind, subject, text).
pub async fn emails_to(db: &Db, to: &str) -> Vec<(String, String, String)> {
    sqlx::query_as(
        "SELECT kind, subject, text_body FROM outbox WHERE lower(to_address) = lower($1) \
         ORDER BY created_at DESC, id DESC",
    )
    .bind(to)
    .fetch_all(&db.pool)
    .await
    .expect("read the outbox")
}

/// The token of the newest link to `path` in a message queued for `to`.
pub async fn token_sent_to(db: &Db, to: &str, path: &str) -> String {
    let needle = format!("http://offerline.test{path}?token=");
    for (_, _, text) in emails_to(db, to).await {
        if let Some(start) = text.find(&needle) {
            let token: String = text[start + needle.len()..]
                .chars()
                .take_while(char::is_ascii_hexdigit)
                .collect();
            return token;
        }
    }
    panic!("no {path} link was sent to {to}");
}

/// Runs every job that is due (emails, password reset links).
pub async fn run_jobs(state: &AppState) {
    let worker = Worker::new(state.clone(), offerline::host::wiring::jobs());
    while worker.run_once().await.unwrap() {}
}

/// A user's (id, password hash, verified at, age confirmed at, policy
/// version), found by email.
pub async fn user_row(
    t: &super::TestDb,
    email: &str,
) -> (
    String,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<String>,
) {
    sqlx::query_as(
        "SELECT id, password_hash, email_verified_at, age_confirmed_at, policy_version FROM users WHERE email = $1",
    )
    .bind(email)
    .fetch_one(&t.db.pool)
    .await
    .unwrap()
}

/// Gives the account of `email` the staff `role` (`support` or `admin`).
pub async fn make_staff(t: &super::TestDb, email: &str, role: &str) {
    sqlx::query("UPDATE users SET role = $1 WHERE email = $2")
        .bind(role)
        .bind(email)
        .execute(&t.db.pool)
        .await
        .unwrap();
}
