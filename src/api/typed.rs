//! What was typed in a refused form, kept for the page it goes back to.
//!
//! A plain form post that a server function refuses is sent back to its
//! page with the error in the address. So that nothing typed is lost, the
//! fields it sent (never a password) travel in a short-lived, HTTP-only
//! cookie (`offerline_typed`, two minutes), which the page reads once and
//! clears; each field of the form that failed shows its typed value again.
//! The values never go into the address, so they stay out of the history
//! and the logs.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::model::cookies;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// The fields of the refused form, by name, while the page renders.
#[derive(Debug, Clone, Default)]
pub struct Typed(Arc<HashMap<String, String>>);

/// The value typed in field `name`, if its form (the one whose `error` is
/// set) was refused.
pub fn value(name: &str, error: Signal<Option<AppError>>) -> Option<String> {
    if error.with_untracked(Option::is_none) {
        return None;
    }
    use_context::<Typed>().and_then(|typed| typed.0.get(name).cloned())
}

/// Whether checkbox `name` was ticked in the refused form; `None` when its
/// form was not refused.
pub fn checked(name: &str, error: Signal<Option<AppError>>) -> Option<bool> {
    if error.with_untracked(Option::is_none) {
        return None;
    }
    Some(use_context::<Typed>().is_some_and(|typed| typed.0.contains_key(name)))
}

/// Whether the refused form, if any, is the one that sends `value` in field
/// `name` (say, the entry `id` of one of several forms of one action).
/// True when no form was refused or the kept fields do not say.
pub fn from_this_form(name: &str, value: &str) -> bool {
    use_context::<Typed>()
        .and_then(|typed| typed.0.get(name).cloned())
        .is_none_or(|sent| sent == value)
}

/// Field names whose values are never kept.
#[cfg(feature = "ssr")]
fn secret(name: &str) -> bool {
    name.contains("password") || name.contains("token") || name.starts_with("__")
}

/// The most a kept form may weigh: a cookie holds about 4 KB.
#[cfg(feature = "ssr")]
const MAX_BYTES: usize = 3000;

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use axum::body::{Body, Bytes};
    use axum::extract::Request;
    use axum::middleware::Next;
    use axum::response::{IntoResponse, Response};
    use http::request::Parts;
    use http::{Method, StatusCode, header};

    /// The body of a form post to a server function, kept beside the
    /// request while the function runs.
    #[derive(Clone)]
    struct FormBody(Bytes);

    /// Keeps the body of each plain form post to a server function, for
    /// [`remember`]. Runs inside the body limit.
    pub async fn keep_form(req: Request, next: Next) -> Response {
        let form = req.method() == Method::POST
            && req.uri().path().starts_with("/api/")
            && req
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !form {
            return next.run(req).await;
        }
        let (mut parts, body) = req.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
            return StatusCode::PAYLOAD_TOO_LARGE.into_response();
        };
        parts.extensions.insert(FormBody(bytes.clone()));
        next.run(Request::from_parts(parts, Body::from(bytes)))
            .await
    }

    /// Sets the cookie with what the refused plain form post sent.
    pub fn remember() {
        let Some(FormBody(bytes)) =
            use_context::<Parts>().and_then(|p| p.extensions.get::<FormBody>().cloned())
        else {
            return;
        };
        let mut fields: Vec<(String, String)> = url::form_urlencoded::parse(&bytes)
            .filter(|(name, _)| !secret(name))
            .map(|(n, v)| (n.into_owned(), v.into_owned()))
            .collect();
        let size = |fields: &[(String, String)]| {
            url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(fields)
                .finish()
        };
        let mut value = size(&fields);
        // Too much for a cookie: the longest values go first.
        while value.len() > MAX_BYTES && !fields.is_empty() {
            if let Some((at, _)) = fields.iter().enumerate().max_by_key(|(_, (_, v))| v.len()) {
                fields.remove(at);
            }
            value = size(&fields);
        }
        if !fields.is_empty() {
            crate::server::prefs::set_cookie(&cookies::TYPED, &value);
        }
    }

    /// Reads the kept form of the request being rendered, and clears it.
    pub fn provide() {
        let Some(parts) = use_context::<Parts>() else {
            return;
        };
        let Some(value) = crate::server::prefs::request_cookie(&parts.headers, cookies::TYPED.name)
        else {
            return;
        };
        let fields = url::form_urlencoded::parse(value.as_bytes())
            .map(|(n, v)| (n.into_owned(), v.into_owned()))
            .collect();
        provide_context(Typed(Arc::new(fields)));
        crate::server::prefs::clear_cookie(&cookies::TYPED);
    }
}

#[cfg(feature = "ssr")]
pub use server::{keep_form, provide, remember};
