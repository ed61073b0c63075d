//! The layer every request passes through after the session: it decides the
//! request's consent (left in its extensions for the shell, the banner and
//! server functions) and, for a page served to a visitor who allowed
//! analytics, records the page view (P05) and renews the visit cookie. A
//! visit cookie without a valid consent is deleted.

use crate::model::consent::Consent;
use crate::model::cookies;
use crate::server::auth::session::{Client, CurrentSession};
use crate::server::privacy::analytics::{self, Facts};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, Method, header};

pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    if path.starts_with("/pkg/") || path == "/healthz" || path == "/readyz" {
        return next.run(request).await;
    }
    let consent = super::from_headers(&state, request.headers()).await;
    request.extensions_mut().insert(consent);
    let is_page_request = request.method() == Method::GET && !path.starts_with("/api/");
    let visit_id = analytics::visit_from(request.headers());
    let scope = request
        .extensions()
        .get::<CurrentSession>()
        .map_or(Scope::Anonymous, |s| s.scope.clone());
    let client = request.extensions().get::<Client>().cloned();

    let mut response = next.run(request).await;
    if !is_page_request || !is_html_page(&response) {
        return response;
    }
    let secure = state.config.is_https();
    let line = if consent == Consent::Granted {
        let visit_id = visit_id.unwrap_or_else(super::new_visit_id);
        if let Some(client) = client {
            let facts = Facts {
                consent,
                visit_id: Some(visit_id.clone()),
                ip: client.ip,
                user_agent: client.user_agent,
            };
            analytics::page_view(&state, &scope, &facts, &path).await;
        }
        Some(crate::server::prefs::cookie_header(
            &cookies::VISIT,
            &visit_id,
            secure,
        ))
    } else {
        visit_id.map(|_| super::clear_header(&cookies::VISIT, secure))
    };
    if let Some(value) = line.and_then(|l| HeaderValue::from_str(&l).ok()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

fn is_html_page(response: &Response) -> bool {
    response.status() == http::StatusCode::OK
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"))
}
