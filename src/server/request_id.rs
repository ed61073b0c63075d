//! Request ids: every request gets our own UUIDv7 in `x-request-id`, every
//! log line of the request carries it, and error pages show it so a report
//! can be matched to the logs. An id the client (or a proxy in front) sent
//! is never used as ours, so it cannot be made to appear on our pages or
//! to pass for another request's: it goes to the logs only, as
//! `client_id`, when it is short and plain ([`ClientRequestId`]).

use axum::extract::Request as AxumRequest;
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderName, Request};
use tower_http::request_id::{MakeRequestId, RequestId};

pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// The longest client id kept for the logs.
pub const CLIENT_ID_MAX: usize = 64;

/// The `x-request-id` a client sent, when it is at most [`CLIENT_ID_MAX`]
/// letters, digits, `-`, `_`, `.` or `:`.
#[derive(Clone, Debug)]
pub struct ClientRequestId(pub String);

/// Middleware, outermost: takes the client's `x-request-id` off the
/// request (kept aside as [`ClientRequestId`] when plain), so that the
/// next layer always sets ours.
pub async fn own_ids(mut request: AxumRequest, next: Next) -> Response {
    if let Some(value) = request.headers_mut().remove(HEADER) {
        let plain = value.to_str().ok().filter(|v| {
            !v.is_empty()
                && v.len() <= CLIENT_ID_MAX
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
        });
        if let Some(plain) = plain {
            let id = ClientRequestId(plain.to_string());
            request.extensions_mut().insert(id);
        }
    }
    next.run(request).await
}

#[derive(Clone, Copy, Default)]
pub struct MakeUuidV7;

impl MakeRequestId for MakeUuidV7 {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        uuid::Uuid::now_v7()
            .to_string()
            .parse()
            .ok()
            .map(RequestId::new)
    }
}

/// The id of the request being handled, inside a server function or page.
pub fn current() -> Option<String> {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.headers.get(HEADER).cloned())
        .and_then(|value| value.to_str().ok().map(str::to_string))
}
