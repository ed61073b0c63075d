//! Helpers of the support tests: staff roles, opening tickets, reading
//! pages in a language, and plain form posts as a browser without
//! JavaScript sends them.
#![allow(dead_code)]

use crate::common::account::call;
use crate::common::*;
use axum::body::Body;
use offerline::i18n::Locale;

pub const INBOX: &str = "help@offerline.test";

pub fn json(reply: &Reply) -> serde_json::Value {
    serde_json::from_str(&reply.body).unwrap_or_else(|_| panic!("JSON: {}", reply.body))
}

pub async fn open(app: &axum::Router, cookie: &str, subject: &str, message: &str) -> Reply {
    call(
        app,
        "/api/support/open",
        Some(cookie),
        &[("subject", subject), ("message", message)],
    )
    .await
}

pub async fn open_ok(app: &axum::Router, cookie: &str, subject: &str, message: &str) -> String {
    let reply = open(app, cookie, subject, message).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    json(&reply).as_str().unwrap().to_string()
}

pub async fn page(app: &axum::Router, path: &str, cookie: &str, locale: Locale) -> Reply {
    page_in(app, path, Some(cookie), locale).await
}

pub fn plain_post(path: &str, cookie: &str, referer: &str, body: &str) -> http::Request<Body> {
    post_form(path)
        .header("origin", "http://offerline.test")
        .header("accept", "text/html")
        .header("referer", format!("http://offerline.test{referer}"))
        .header("cookie", cookie)
        .body(Body::from(body.to_string()))
        .unwrap()
}
