//! Request ids: every request gets a UUIDv7 in `x-request-id` (one set by a
//! proxy in front is kept), every log line of the request carries it,
//! and error pages show it so a report can be matched to the logs.

use http::{HeaderName, Request};
use tower_http::request_id::{MakeRequestId, RequestId};

pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

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
