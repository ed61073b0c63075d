//! Helpers for tests that act as a person in a browser: form posts to the
//! account server functions, the session cookie they get back, and the
//! links in the emails Offerline queued.

use super::{Reply, TestDb, post_form, send};
use axum::Router;
use axum::body::Body;
use offerline::server::jobs::Worker;
use offerline::server::mail::sealed::{self, Part};
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

/// Signs up `email`, then signs in with its password (as a person who did
/// not open the confirmation link yet), and returns the session cookie.
pub async fn sign_up(app: &Router, name: &str, email: &str) -> String {
    let reply = post_sign_up(app, name, email).await;
    assert_eq!(reply.status, 200, "sign-up failed: {}", reply.body);
    let reply = sign_in(app, email, PASSWORD).await;
    assert_eq!(
        reply.status, 200,
        "sign-in after sign-up failed: {}",
        reply.body
    );
    session_cookie(&reply).expect("sign-in sets a session cookie")
}

/// Posts the sign-up form for `email` with [`PASSWORD`], as the hydrated
/// app does.
pub async fn post_sign_up(app: &Router, name: &str, email: &str) -> Reply {
    call(
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
    .await
}

/// `name=value` of the cookie that ties a sign-up to its browser, if the
/// reply sets one.
pub fn sign_up_cookie(reply: &Reply) -> Option<String> {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("offerline_sign_up="))
        .and_then(|c| c.split(';').next().map(str::to_string))
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

/// The messages to `to`, newest first: (kind, subject, text). A queued
/// message's text is opened from the outbox (where it is sealed); a sent
/// one's, whose body the outbox no longer keeps, is read from its `.eml`
/// file (empty when it went by SMTP).
pub async fn emails_to(t: &TestDb, to: &str) -> Vec<(String, String, String)> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT id, kind, subject, text_body FROM outbox WHERE lower(to_address) = lower($1) \
         ORDER BY created_at DESC, id DESC",
    )
    .bind(to)
    .fetch_all(&t.db.pool)
    .await
    .expect("read the outbox");
    rows.into_iter()
        .map(|(id, kind, subject, body)| {
            let text = if body.is_empty() {
                delivered_text(t, &id)
            } else {
                sealed::open(&super::document_key(), &id, Part::Text, &body)
                    .expect("a sealed body opens")
            };
            (kind, subject, text)
        })
        .collect()
}

/// The text of a sent message's `.eml` file, its quoted-printable soft
/// line breaks and escapes undone (enough for the links tests look for).
fn delivered_text(t: &TestDb, id: &str) -> String {
    let path = t.dir.path().join("outbox").join(format!("{id}.eml"));
    let Ok(raw) = std::fs::read_to_string(path) else {
        return String::new();
    };
    let unfolded = raw.replace("=\r\n", "").replace("=\n", "");
    let mut out = Vec::with_capacity(unfolded.len());
    let bytes = unfolded.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The token of the newest link to `path` in a message to `to`.
pub async fn token_sent_to(t: &TestDb, to: &str, path: &str) -> String {
    let needle = format!("http://offerline.test{path}?token=");
    for (_, _, text) in emails_to(t, to).await {
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
