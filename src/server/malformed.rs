//! Requests to server functions that the server cannot read: a body past
//! the size a form may have, a field missing or not of its type, a body
//! that is not the form the function expects, bytes that are not UTF-8.
//! The function never runs for them. What exactly was wrong is logged
//! inside the request's span (by `AppError`'s conversion of the server
//! function's own error), and the caller gets 400 (`Malformed`) or 413
//! (`TooLarge`, naming the limit) with the translated message: as JSON for
//! the hydrated app and scripts, as the error page for a plain form post.
//! A plain form post is not sent back to its page as a refused form would
//! be: the page did not send it as it is, and sending it again would not
//! help.
//!
//! Server functions take forms, not streams: a body is read whole here,
//! up to [`FORM_MAX_BYTES`], before the function sees it.

use crate::error::AppError;
use crate::server::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, header};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use std::error::Error;

/// The most a server function's body may weigh: room for the longest form
/// (a card's description and notes at their limits, in any script,
/// percent-encoded) several times over.
pub const FORM_MAX_BYTES: usize = 1024 * 1024;

/// Where the server functions are mounted.
const SERVER_FNS: &str = "/api/";

/// The most of a server function's error answer read back: a few field errors.
const ERROR_MAX_BYTES: usize = 64 * 1024;

/// Whether the request is a plain form post from a page without
/// JavaScript (it accepts HTML), rather than the hydrated app's call or a
/// script's.
pub fn is_plain_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// Caps the body of each call to a server function, and answers a call
/// the function could not read as malformed.
pub async fn refuse_unreadable(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if !request.uri().path().starts_with(SERVER_FNS) {
        return next.run(request).await;
    }
    let plain = is_plain_form(request.headers());
    let max = FORM_MAX_BYTES.min(state.config.max_body_bytes);
    let too_large = AppError::TooLarge {
        max_bytes: max as u64,
    };
    let (parts, body) = request.into_parts();
    if declared_length(&parts.headers).is_some_and(|length| length > max as u64) {
        tracing::warn!(max, "request body larger than a form may be");
        return refuse(too_large, plain);
    }
    let bytes = match Limited::new(body, max).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(err) if over_limit(err.as_ref()) => {
            tracing::warn!(max, "request body larger than a form may be");
            return refuse(too_large, plain);
        }
        Err(err) => {
            tracing::warn!(error = %err, "request body could not be read");
            return refuse(AppError::Malformed, plain);
        }
    };
    let response = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    if !response.headers().contains_key(SERVER_FN_ERROR_HEADER) {
        return response;
    }
    // The server function answered an error. `Malformed` comes only from
    // reading its arguments: it never ran, and its answer (a 500, or a
    // plain form sent back to its page) is replaced.
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, ERROR_MAX_BYTES).await else {
        return AppError::internal().into_response();
    };
    match serde_json::from_slice::<AppError>(&bytes) {
        Ok(AppError::Malformed) => refuse(AppError::Malformed, plain),
        _ => Response::from_parts(parts, Body::from(bytes)),
    }
}

/// The answer to a request the server could not read: the error as JSON,
/// or, for a plain form post, a bare status that the error page layer
/// (`error_page`) renders with the error's message.
fn refuse(error: AppError, plain: bool) -> Response {
    if plain {
        let mut response = error.status_code().into_response();
        response.extensions_mut().insert(error);
        response
    } else {
        error.into_response()
    }
}

fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// Whether reading the body stopped at a length limit: this layer's, or
/// the outer body limit's.
fn over_limit(err: &(dyn Error + 'static)) -> bool {
    let mut current = Some(err);
    while let Some(err) = current {
        if err.is::<LengthLimitError>() {
            return true;
        }
        current = err.source();
    }
    false
}
