//! Cross-site request forgery guard for everything that changes state.
//! Only POST (and other unsafe methods) change state, and an unsafe request
//! passes only when it says it comes from this site: its `Origin` is the
//! configured public origin or this request's own host, or, without
//! `Origin`, `Sec-Fetch-Site` is `same-origin` or `none`. A request with
//! neither header is refused: every browser in use sends one of them, and
//! a client that sends none can send the right one. The one route meant for
//! clients that send neither, the RFC 8058 one-click unsubscribe of mail
//! clients (`/email/unsubscribe`, authorised by its signed token alone), is
//! not behind this guard.

use crate::error::AppError;
use crate::server::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, Method, header};

pub async fn check_origin(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if is_safe(request.method()) || is_same_origin(request.headers(), &state.config.origin()) {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "cross-origin request refused");
        AppError::Forbidden.into_response()
    }
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether the browser headers place the request on this site.
pub fn is_same_origin(headers: &HeaderMap, configured_origin: &str) -> bool {
    let value = |name| {
        headers
            .get(name)
            .and_then(|v: &http::HeaderValue| v.to_str().ok())
    };
    if let Some(origin) = value(header::ORIGIN) {
        if origin == configured_origin {
            return true;
        }
        // The request's own host counts too (another name or address of
        // this server), but never over plain HTTP when the site is HTTPS.
        let host = value(header::HOST).unwrap_or_default();
        let https_only = configured_origin.starts_with("https://");
        return !host.is_empty()
            && (origin == format!("https://{host}")
                || (!https_only && origin == format!("http://{host}")));
    }
    match value(http::HeaderName::from_static("sec-fetch-site")) {
        Some(site) => site == "same-origin" || site == "none",
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_same_origin;
    use http::HeaderMap;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, v.parse().unwrap());
        }
        map
    }

    const SELF: &str = "https://offerline.example";

    #[test]
    fn same_origin_and_own_host_pass() {
        assert!(is_same_origin(&headers(&[("origin", SELF)]), SELF));
        assert!(is_same_origin(
            &headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            "http://localhost:3000"
        ));
        assert!(is_same_origin(
            &headers(&[
                ("origin", "https://other-name.example"),
                ("host", "other-name.example")
            ]),
            SELF
        ));
    }

    /// On an HTTPS site, a page served over plain HTTP (a downgraded or
    /// spoofed connection) is another origin, even under the same host.
    #[test]
    fn plain_http_is_refused_on_an_https_site() {
        assert!(!is_same_origin(
            &headers(&[
                ("origin", "http://offerline.example"),
                ("host", "offerline.example")
            ]),
            SELF
        ));
    }

    #[test]
    fn other_sites_are_refused() {
        assert!(!is_same_origin(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "offerline.example")
            ]),
            SELF
        ));
        assert!(!is_same_origin(&headers(&[("origin", "null")]), SELF));
        assert!(!is_same_origin(
            &headers(&[("sec-fetch-site", "cross-site")]),
            SELF
        ));
    }

    #[test]
    fn a_request_that_says_nothing_of_its_origin_is_refused() {
        assert!(!is_same_origin(&headers(&[]), SELF));
        assert!(!is_same_origin(
            &headers(&[("host", "offerline.example")]),
            SELF
        ));
        assert!(is_same_origin(
            &headers(&[("sec-fetch-site", "same-origin")]),
            SELF
        ));
    }
}
