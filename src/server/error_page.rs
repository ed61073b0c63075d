//! A readable page for failures that happen outside the app's own rendering
//! (a panic caught by the panic guard, a timeout, an oversized body, a
//! request that could not be read): the translated message and the request
//! id to quote, instead of a bare status. A layer that knows which error a
//! bare status stands for puts the `AppError` in the response's extensions.
//! Responses that already have a body type (HTML, JSON) pass unchanged.

use crate::error::AppError;
use crate::i18n::translate_with;
use crate::server::state::AppState;
use crate::server::{prefs, request_id};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use http::header;

pub async fn render_failures(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let locale = prefs::from_headers(request.headers()).locale;
    let id = request
        .headers()
        .get(request_id::HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
        .to_string();
    let response = next.run(request).await;
    let status = response.status();
    let typed = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| {
            t.to_str()
                .is_ok_and(|t| t.starts_with("text/html") || t.starts_with("application/json"))
        });
    if !(status.is_client_error() || status.is_server_error()) || typed {
        return response;
    }
    let error = match response.extensions().get::<AppError>() {
        Some(error) => error.clone(),
        None => match status.as_u16() {
            404 => AppError::NotFound,
            408 | 500..=599 => AppError::internal(),
            413 => AppError::TooLarge {
                max_bytes: state.config.max_body_bytes as u64,
            },
            // 405: a server function's address asked with GET.
            400 | 405 => AppError::Malformed,
            _ => AppError::Forbidden,
        },
    };
    let message = error.message(locale);
    let reference = translate_with(locale, "error-reference", &[("id", id.into())]);
    let page = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Offerline</title><link rel=\"stylesheet\" href=\"/pkg/offerline.css\"></head>\
         <body><main class=\"message-page\"><p class=\"message-code\">{code}</p><h1>{message}</h1>\
         <p>{reference}</p><p><a class=\"button\" href=\"/\">Offerline</a></p></main></body></html>",
        lang = locale.tag(),
        code = status.as_u16(),
        message = escape(&message),
        reference = escape(&reference),
    );
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    let mut page = (parts.status, Html(page)).into_response();
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE {
            page.headers_mut().insert(name, value.clone());
        }
    }
    page
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
