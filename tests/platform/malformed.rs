//! Requests a server function cannot read (a field missing or of the wrong
//! type, bytes that are not UTF-8, a body past the form limit, a body that
//! is no form, the wrong method) are answered 400, 405 or 413 with the
//! translated message, never 500, and never with the server function
//! machinery's or the deserializers' own text: as JSON to the hydrated app
//! and scripts, as the error page to a plain form post.

use crate::common::account::{call, call_from, make_staff, session_cookie, sign_up};
use crate::common::boards::fx_board;
use crate::common::{Reply, TestDb, fx_app, fx_db, fx_state, post_form, send};
use crate::malformed_corpus::{Case, INTERNAL_TEXT, ServerFn, cases, server_fns};
use axum::Router;
use axum::body::Body;
use base64::Engine;
use offerline::error::AppError;

const ORIGIN: &str = "http://offerline.test";

/// Who sends a request: the hydrated app or a script (JSON answers), or a
/// page without JavaScript (a plain form post, answered with HTML).
#[derive(Clone, Copy, Debug)]
enum Sender {
    Script,
    PlainForm,
}

fn request(
    method: &str,
    path: &str,
    sender: Sender,
    content_type: Option<&str>,
    cookie: &str,
) -> http::request::Builder {
    let mut builder = http::Request::builder()
        .method(method)
        .uri(path)
        .header("host", "offerline.test")
        .header("origin", ORIGIN)
        .header("x-forwarded-for", "203.0.113.20")
        .header("cookie", cookie);
    builder = match sender {
        Sender::Script => builder.header("accept", "application/json"),
        Sender::PlainForm => builder
            .header("accept", "text/html,application/xhtml+xml")
            .header("referer", format!("{ORIGIN}/boards")),
    };
    match content_type {
        Some(content_type) => builder.header("content-type", content_type),
        None => builder,
    }
}

/// What every answer to a malformed request must be; `None` when it is.
fn problem(reply: &Reply, sender: Sender) -> Option<String> {
    if reply.status >= 500 {
        return Some(format!("status {}", reply.status));
    }
    let body = reply.body.to_lowercase();
    if let Some(word) = INTERNAL_TEXT.iter().find(|w| body.contains(*w)) {
        return Some(format!("internal text {word:?} in the body"));
    }
    if let Some(err) = redirected_error(reply) {
        if err == AppError::Malformed {
            return Some("a malformed request sent back to its page".into());
        }
        let text = format!("{err:?}").to_lowercase();
        if let Some(word) = INTERNAL_TEXT.iter().find(|w| text.contains(*w)) {
            return Some(format!("internal text {word:?} in the address"));
        }
    }
    let error: Option<AppError> = serde_json::from_str(&reply.body).ok();
    match (sender, error) {
        // A JSON error answer carries the error's own status.
        (Sender::Script, Some(error)) if error.status() != reply.status => {
            Some(format!("{error:?} answered with status {}", reply.status))
        }
        (Sender::PlainForm, _) if matches!(reply.status, 400 | 413) => {
            let readable = reply.body.contains("<h1>") && reply.body.contains("Reference:");
            (!readable).then(|| "a plain form refused without the error page".into())
        }
        _ => None,
    }
}

/// The error a plain form post was sent back to its page with, if any.
fn redirected_error(reply: &Reply) -> Option<AppError> {
    let location = reply.headers.get("location")?.to_str().ok()?;
    let url = url::Url::parse(location)
        .or_else(|_| url::Url::parse(ORIGIN)?.join(location))
        .ok()?;
    let (_, encoded) = url.query_pairs().find(|(k, _)| k == "__err")?;
    let json = base64::engine::general_purpose::URL_SAFE
        .decode(encoded.as_bytes())
        .expect("__err is base64");
    Some(serde_json::from_slice(&json).expect("__err holds an AppError"))
}

/// A signed-in administrator, so that staff functions read their
/// arguments too; a new one (from a new address, past the sign-up limit)
/// whenever a walked function ended the session.
async fn fx_walker(app: &Router, t: &TestDb, n: usize) -> String {
    let email = format!("walker{n}@offerline.test");
    let ip = format!("198.51.100.{}", n % 250 + 1);
    let reply = call_from(
        app,
        "/api/auth/sign-up",
        None,
        &[
            ("name", "Walker"),
            ("email", &email),
            ("password", crate::common::account::PASSWORD),
            ("age_confirmed", "on"),
            ("policy_accepted", "on"),
        ],
        &ip,
    )
    .await;
    assert_eq!(reply.status, 200, "sign-up: {}", reply.body);
    make_staff(t, &email, "admin").await;
    let password = crate::common::account::PASSWORD;
    let form = [("email", email.as_str()), ("password", password)];
    let reply = call_from(app, "/api/auth/sign-in", None, &form, &ip).await;
    assert_eq!(reply.status, 200, "sign-in: {}", reply.body);
    session_cookie(&reply).expect("a session")
}

async fn signed_in(app: &Router, cookie: &str) -> bool {
    let reply = call(app, "/api/auth/me", Some(cookie), &[]).await;
    reply.status == 200 && reply.body != "null"
}

/// The answers checked so far, and what was wrong with them.
#[derive(Default)]
struct Findings {
    sent: usize,
    problems: Vec<String>,
}

impl Findings {
    fn check(&mut self, path: &str, what: &str, reply: &Reply, sender: Sender) {
        self.sent += 1;
        if let Some(problem) = problem(reply, sender) {
            let excerpt: String = reply.body.chars().take(200).collect();
            self.problems
                .push(format!("{path} {what} ({sender:?}): {problem}: {excerpt}"));
        }
    }
}

/// Sends every case to `f` from both senders, a JSON body under other
/// content types, and the function's address with other methods.
async fn walk(app: &Router, f: &ServerFn, cookie: &str, findings: &mut Findings) {
    let form = Some("application/x-www-form-urlencoded");
    for Case { name, body } in cases(f) {
        for sender in [Sender::Script, Sender::PlainForm] {
            let req = request("POST", &f.path, sender, form, cookie);
            let reply = send(app, req.body(Body::from(body.clone())).unwrap()).await;
            findings.check(&f.path, &name, &reply, sender);
        }
    }
    let other_types = [
        None,
        Some("application/json"),
        Some("text/plain"),
        Some("multipart/form-data"),
        Some("application/cbor"),
        Some("application/x-garbage; charset=nonsense"),
        Some(";;;"),
    ];
    for content_type in other_types {
        for sender in [Sender::Script, Sender::PlainForm] {
            let body = br#"{"id":1,"title":["x"]}"#.to_vec();
            let req = request("POST", &f.path, sender, content_type, cookie);
            let reply = send(app, req.body(Body::from(body)).unwrap()).await;
            findings.check(
                &f.path,
                &format!("JSON body as {content_type:?}"),
                &reply,
                sender,
            );
        }
    }
    for method in ["GET", "PUT", "DELETE", "PATCH", "HEAD"] {
        for sender in [Sender::Script, Sender::PlainForm] {
            let uri = format!("{}?id=1&title=x", f.path);
            let req = request(method, &uri, sender, form, cookie);
            let reply = send(app, req.body(Body::empty()).unwrap()).await;
            let what = format!("{method} instead of POST");
            findings.check(&f.path, &what, &reply, sender);
            if reply.status != 405 {
                findings
                    .problems
                    .push(format!("{} {what}: status {}", f.path, reply.status));
            }
        }
    }
}

/// Every registered server function, walked with the whole corpus of
/// malformed requests from a script and from a plain form: no answer is a
/// 500 (a panic would be one, through the panic guard), none carries
/// internal text, each JSON error carries its own status, and a plain
/// form gets the error page.
#[tokio::test]
async fn every_server_function_answers_malformed_requests_without_a_500() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let fns = server_fns();
    assert!(
        fns.len() >= 70,
        "only {} server functions listed",
        fns.len()
    );
    let mut walkers = 0;
    let mut findings = Findings::default();
    let mut cookie = fx_walker(&app, &t, walkers).await;
    for f in &fns {
        if !signed_in(&app, &cookie).await {
            walkers += 1;
            cookie = fx_walker(&app, &t, walkers).await;
        }
        walk(&app, f, &cookie, &mut findings).await;
    }
    eprintln!(
        "{} answers from {} server functions checked",
        findings.sent,
        fns.len()
    );
    assert!(
        findings.problems.is_empty(),
        "{} of {} answers to {} server functions were wrong:\n{}",
        findings.problems.len(),
        findings.sent,
        fns.len(),
        findings.problems.join("\n")
    );
}

/// The case of the report: `cards/add` without `board_id`.
#[tokio::test]
async fn a_missing_field_is_a_translated_400() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "missing@offerline.test").await;
    let reply = call(
        &app,
        "/api/cards/add",
        Some(&f.cookie),
        &[("stage_id", "s"), ("title", "x")],
    )
    .await;
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert_eq!(
        serde_json::from_str::<AppError>(&reply.body).unwrap(),
        AppError::Malformed
    );

    let plain = send(
        &app,
        post_form("/api/cards/add")
            .header("origin", ORIGIN)
            .header("accept", "text/html")
            .header("referer", format!("{ORIGIN}/boards/{}", f.board))
            .header("cookie", format!("offerline_locale=nl; {}", f.cookie))
            .body(Body::from("stage_id=s&title=x"))
            .unwrap(),
    )
    .await;
    assert_eq!(plain.status, 400, "{}", plain.body);
    assert!(plain.headers.get("location").is_none());
    assert!(
        plain.body.contains("De server kon dit verzoek niet lezen"),
        "{}",
        plain.body
    );
}

/// A body past the form limit is 413, and the message names the limit.
#[tokio::test]
async fn a_body_past_the_form_limit_is_413_naming_the_limit() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Big Sender", "big@offerline.test").await;
    let body = format!(
        "board_id=b&stage_id=s&title={}",
        "a".repeat(3 * 1024 * 1024)
    );
    for sender in [Sender::Script, Sender::PlainForm] {
        let req = request(
            "POST",
            "/api/cards/add",
            sender,
            Some("application/x-www-form-urlencoded"),
            &cookie,
        );
        let reply = send(&app, req.body(Body::from(body.clone())).unwrap()).await;
        assert_eq!(reply.status, 413, "{sender:?}: {}", reply.body);
        match sender {
            Sender::Script => assert_eq!(
                serde_json::from_str::<AppError>(&reply.body).unwrap(),
                AppError::TooLarge {
                    max_bytes: offerline::server::malformed::FORM_MAX_BYTES as u64
                }
            ),
            Sender::PlainForm => assert!(
                reply.body.contains("a form can send at most 1 MB"),
                "{}",
                reply.body
            ),
        }
    }
}

/// A field past its own limit is refused at the field, and the message
/// the form shows names the limit.
#[tokio::test]
async fn a_field_past_its_limit_names_the_limit() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "long@offerline.test").await;
    let stage = crate::common::boards::stage(&app, &f, "Wishlist").await;
    let title = "a".repeat(500_000);
    let pairs = [
        ("board_id", f.board.as_str()),
        ("stage_id", &stage),
        ("title", &title),
    ];
    let reply = call(&app, "/api/cards/add", Some(&f.cookie), &pairs).await;
    assert_eq!(reply.status, 422, "{}", reply.body);
    let error: AppError = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(error.field_error("title").and_then(|e| e.max), Some(100));

    let plain = send(
        &app,
        post_form("/api/cards/add")
            .header("origin", ORIGIN)
            .header("accept", "text/html")
            .header("referer", format!("{ORIGIN}/boards/{}", f.board))
            .header("cookie", &f.cookie)
            .body(Body::from(crate::common::account::form(&pairs)))
            .unwrap(),
    )
    .await;
    assert_eq!(plain.status, 302, "{}", plain.body);
    let back = plain.headers["location"].to_str().unwrap();
    let page = send(
        &app,
        crate::common::get(back.strip_prefix(ORIGIN).unwrap_or(back))
            .header("accept", "text/html")
            .header("cookie", &f.cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(
        page.body.contains("Use at most 100 characters."),
        "{}",
        page.body
    );
}
