//! Security events (ASVS 16.2, 16.3): what may be someone probing or
//! attacking the service is written to the log under the target
//! `security`, one line per event, each with a stable name (`event`), the
//! method and path (never the query, which may hold a token), the
//! signed-in account's id when there is one (a random id, not an address),
//! and, from the request's span, our request id. No IP address is logged:
//! the limits that act on networks keep only keyed hashes of them.
//!
//! Refusals are read from the answer's status, whichever part of the
//! service refused ([`refusals`]); a failed sign-in answers like any
//! form error and is told here by the sign-in itself ([`event`]).

use crate::server::auth::session::CurrentSession;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::StatusCode;

/// The log's target for security events.
pub const TARGET: &str = "security";

/// Writes the security event `name`, about `account` if known.
pub fn event(name: &'static str, account: Option<&str>) {
    tracing::warn!(target: TARGET, event = name, account = account.unwrap_or("-"), "security event");
}

/// The event an answer of `status` to `path` stands for, if any. A record
/// that is not the caller's answers 404 like one that does not exist, so
/// a 404 from the API is noted: a run of them is someone guessing ids.
fn event_of(status: StatusCode, path: &str) -> Option<&'static str> {
    Some(match status {
        StatusCode::BAD_REQUEST => "malformed_request",
        StatusCode::UNAUTHORIZED => "unauthenticated",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::NOT_FOUND if path.starts_with("/api/") => "not_found",
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::TOO_MANY_REQUESTS => "rate_limited",
        _ => return None,
    })
}

/// Notes each refused request (a middleware, inside the session's, so the
/// account is known).
pub async fn refusals(request: Request, next: Next) -> Response {
    let account = request
        .extensions()
        .get::<CurrentSession>()
        .and_then(|s| s.scope.user_id().ok().map(str::to_string));
    let (method, path) = (request.method().clone(), request.uri().path().to_string());
    let response = next.run(request).await;
    if let Some(name) = event_of(response.status(), &path) {
        tracing::warn!(
            target: TARGET,
            event = name,
            status = response.status().as_u16(),
            %method,
            path = %path,
            account = account.as_deref().unwrap_or("-"),
            "security event"
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_named_and_ordinary_answers_are_not() {
        assert_eq!(
            event_of(StatusCode::TOO_MANY_REQUESTS, "/sign-in"),
            Some("rate_limited")
        );
        assert_eq!(
            event_of(StatusCode::NOT_FOUND, "/api/boards/get"),
            Some("not_found")
        );
        assert_eq!(event_of(StatusCode::NOT_FOUND, "/no-such-page"), None);
        assert_eq!(
            event_of(StatusCode::UNPROCESSABLE_ENTITY, "/api/cards/add"),
            None
        );
        assert_eq!(event_of(StatusCode::OK, "/api/cards/add"), None);
    }
}
