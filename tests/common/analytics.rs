//! Helpers of the analytics tests: a consent cookie, and a page visited
//! from a known browser and network.

use super::*;
use axum::body::Body;

pub const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0";
pub const VISIT: &str = "0123456789abcdef0123456789abcdef";

/// A consent cookie made now, under the policy version in force.
pub async fn consent_cookie(t: &TestDb, granted: bool) -> String {
    let version = offerline::server::policies::current_version(&fx_state(t))
        .await
        .expect("the policy version in force");
    let version: String = url::form_urlencoded::byte_serialize(version.as_bytes()).collect();
    format!(
        "offerline_consent={}.{}.{version}",
        u8::from(granted),
        offerline::server::time::now_ms()
    )
}

pub async fn page(app: &axum::Router, path: &str, cookie: &str, ip: &str) -> Reply {
    let request = get(path)
        .header("accept", "text/html")
        .header("x-forwarded-for", ip)
        .header("user-agent", FIREFOX)
        .header("cookie", cookie);
    send(app, request.body(Body::empty()).unwrap()).await
}
