//! Security headers on every response. Pages get a Content-Security-Policy
//! with a fresh nonce for their inline hydration scripts; everything else
//! gets the same policy without one. Pages are personal, so never cached.
//!
//! A page hands its nonce to this middleware through a slot in the
//! request's extensions ([`PageNonce`]), not through Leptos' response
//! options: the middleware then writes the page's headers itself, so the
//! policy on the response always names the nonce that the scripts in the
//! page carry.

use crate::server::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, header};
use leptos::nonce::Nonce;
use std::sync::{Arc, Mutex};

/// The CSP, with `'nonce-…'` allowed for scripts when given one.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let scripts = match nonce {
        Some(nonce) => format!("script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'"),
        None => "script-src 'self' 'wasm-unsafe-eval'".to_string(),
    };
    format!(
        "default-src 'self'; {scripts}; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Where a page being rendered leaves its nonce for [`security_headers`].
#[derive(Clone, Default)]
pub struct PageNonce(Arc<Mutex<Option<String>>>);

/// Called while a page renders: the response becomes a page's, with a CSP
/// naming `nonce` and `no-store`.
pub fn set_page_headers(nonce: Option<Nonce>) {
    let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() else {
        return;
    };
    if let Some(slot) = parts.extensions.get::<PageNonce>() {
        let nonce = nonce.map_or_else(String::new, |n| n.to_string());
        *slot.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(nonce);
    }
}

/// Middleware adding the headers every response carries.
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let is_asset = request.uri().path().starts_with("/pkg/");
    let is_api = request.uri().path().starts_with("/api/");
    let page = PageNonce::default();
    let mut request = request;
    request.extensions_mut().insert(page.clone());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let page_nonce = page.0.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(nonce) = page_nonce {
        let csp = content_security_policy((!nonce.is_empty()).then_some(nonce.as_str()));
        if let Ok(value) = HeaderValue::from_str(&csp) {
            headers.insert(header::CONTENT_SECURITY_POLICY, value);
        }
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    } else if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        let csp = content_security_policy(None);
        if let Ok(value) = HeaderValue::from_str(&csp) {
            headers.insert(header::CONTENT_SECURITY_POLICY, value);
        }
    }
    let fixed = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            http::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            http::HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
        (
            http::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if state.config.is_https() {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    if is_api && !headers.contains_key(header::CACHE_CONTROL) {
        // Server function answers carry personal data.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if is_asset && !headers.contains_key(header::CACHE_CONTROL) {
        // Asset names are not hashed: revalidate (cheap, with Last-Modified).
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    response
}
