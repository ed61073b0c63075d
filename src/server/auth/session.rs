//! Sessions: a 256-bit random token in a cookie, only its SHA-256 in the
//! database. Every request passes through [`resolve`], which finds the
//! session (when the cookie names a live one) and the client's address, and
//! leaves both in the request's extensions for pages and server functions.
//!
//! The cookie is `HttpOnly`, `SameSite=Lax`, `Path=/`; over HTTPS it is also
//! `Secure` and named `__Host-offerline_session`, which browsers accept only
//! from this exact host over a secure connection. Plain-HTTP self-hosting
//! (the default, on loopback) cannot use the prefix, which requires `Secure`,
//! so there the name is `offerline_session`.

use crate::error::AppError;
use crate::model::cookies;
use crate::server::auth::repo::{self, ActiveSession};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, header};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// A session is written back as used at most this often.
const TOUCH_EVERY_MS: i64 = 60 * 1000;

/// The signed-in session behind a request.
#[derive(Debug, Clone)]
pub struct CurrentSession {
    pub id: String,
    pub scope: Scope,
    /// The interface language saved in the user's profile, if any.
    pub locale: Option<crate::i18n::Locale>,
}

/// Who is on the other end of a request.
#[derive(Debug, Clone)]
pub struct Client {
    pub ip: IpAddr,
    pub user_agent: String,
}

pub fn cookie_name(https: bool) -> String {
    if https {
        format!("__Host-{}", cookies::SESSION.name)
    } else {
        cookies::SESSION.name.to_string()
    }
}

/// `Set-Cookie` for a new session: persistent (for `max_age_secs`) when the
/// person asked to be remembered, else gone when the browser closes.
pub fn set_cookie(https: bool, token: &str, max_age_secs: Option<i64>) -> String {
    let mut builder = cookie::Cookie::build((cookie_name(https), token.to_string()))
        .path("/")
        .http_only(true)
        .secure(https)
        .same_site(cookie::SameSite::Lax);
    if let Some(secs) = max_age_secs {
        builder = builder.max_age(cookie::time::Duration::seconds(secs));
    }
    builder.build().to_string()
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(https: bool) -> String {
    cookie::Cookie::build((cookie_name(https), ""))
        .path("/")
        .http_only(true)
        .secure(https)
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::ZERO)
        .build()
        .to_string()
}

/// The session token a request carries, if any.
pub fn token_from(headers: &HeaderMap, https: bool) -> Option<String> {
    crate::server::prefs::request_cookie(headers, &cookie_name(https)).filter(|v| v.len() == 64)
}

/// The client's address: the connection's peer, or behind a trusted proxy
/// the last `X-Forwarded-For` entry (the one the proxy itself added).
pub fn client_ip(headers: &HeaderMap, peer: Option<SocketAddr>, trust_proxy: bool) -> IpAddr {
    let forwarded = trust_proxy
        .then(|| headers.get("x-forwarded-for")?.to_str().ok())
        .flatten()
        .and_then(|v| v.rsplit(',').next())
        .and_then(|v| v.trim().parse().ok());
    forwarded
        .or(peer.map(|p| p.ip()))
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

/// Middleware: finds the session and the client, for everything after it.
pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let headers = request.headers();
    let client = Client {
        ip: client_ip(headers, peer, state.config.trust_proxy),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .chars()
            .take(512)
            .collect(),
    };
    let is_asset = request.uri().path().starts_with("/pkg/");
    let token = (!is_asset)
        .then(|| token_from(request.headers(), state.config.is_https()))
        .flatten();
    if let Some(token) = token {
        match lookup(&state, &token).await {
            Ok(Some(session)) => {
                request.extensions_mut().insert(CurrentSession {
                    scope: session.scope(),
                    locale: session
                        .locale
                        .as_deref()
                        .and_then(crate::i18n::Locale::from_tag),
                    id: session.id,
                });
            }
            Ok(None) => {}
            Err(err) => tracing::error!(?err, "session lookup failed"),
        }
    }
    request.extensions_mut().insert(client);
    next.run(request).await
}

async fn lookup(
    state: &AppState,
    token: &str,
) -> Result<Option<ActiveSession>, crate::error::AppError> {
    let now = now_ms();
    let idle_since = now - state.config.session_idle.as_millis() as i64;
    let hash = super::tokens::digest(token);
    let found = repo::find_session(&Scope::System, &state.db, &hash, now, idle_since).await?;
    if let Some(session) = &found
        && now - session.last_seen_at > TOUCH_EVERY_MS
    {
        repo::touch_session(&Scope::System, &state.db, &session.id, now).await?;
    }
    Ok(found)
}

/// Sets the cookie of a new session on the response being built.
pub fn send_cookie(state: &AppState, issued: &super::Issued) {
    let value = set_cookie(state.config.is_https(), &issued.token, issued.max_age_secs);
    append_set_cookie(&value);
}

/// Removes the session cookie on the response being built.
pub fn send_clear_cookie(state: &AppState) {
    append_set_cookie(&clear_cookie(state.config.is_https()));
}

fn append_set_cookie(value: &str) {
    if let (Some(res), Ok(value)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(value),
    ) {
        res.append_header(header::SET_COOKIE, value);
    }
}

/// Recurring: removes expired and idle sessions.
pub const PRUNE: crate::server::jobs::Every =
    crate::server::jobs::Every::new("sessions.prune", crate::server::time::HOUR_MS);

pub async fn prune(state: AppState) -> Result<(), AppError> {
    let now = now_ms();
    let idle_since = now - state.config.session_idle.as_millis() as i64;
    repo::prune_sessions(&Scope::System, &state.db, now, idle_since).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_prefix_and_secure_flag_come_with_https() {
        let secure = set_cookie(true, "t", Some(60));
        assert!(secure.starts_with("__Host-offerline_session=t"), "{secure}");
        for part in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/", "Max-Age=60"] {
            assert!(secure.contains(part), "{secure} lacks {part}");
        }
        assert!(!secure.contains("Domain"));
        let plain = set_cookie(false, "t", None);
        assert!(plain.starts_with("offerline_session=t"));
        assert!(
            !plain.contains("Secure") && !plain.contains("Max-Age"),
            "{plain}"
        );
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "203.0.113.9, 198.51.100.7".parse().unwrap(),
        );
        let peer: SocketAddr = "10.0.0.2:5000".parse().unwrap();
        assert_eq!(client_ip(&headers, Some(peer), false), peer.ip());
        assert_eq!(
            client_ip(&headers, Some(peer), true),
            "198.51.100.7".parse::<IpAddr>().unwrap()
        );
    }
}
