//! Cookie consent (P29). The choice lives in the essential cookie
//! `offerline_consent` (`<granted 0|1>.<unix ms>.<policy version>`); for a
//! signed-in person every choice is also written to `consents` as proof,
//! with its purpose, policy version, time and source. A choice counts for
//! six months and only under the policy version in force; otherwise the
//! visitor is asked again, and until then only essential cookies are set.
//! [`middleware::resolve`] decides the consent of every request; SQL in
//! `repo.rs`.

pub mod middleware;
pub mod repo;

use crate::error::AppError;
use crate::model::consent::{Consent, PURPOSE_ANALYTICS, SOURCES, VALID_DAYS};
use crate::model::cookies::{self, CookieSpec};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use http::HeaderMap;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// A choice as the cookie carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub analytics: bool,
    pub at_ms: i64,
    pub policy_version: String,
}

impl Choice {
    pub fn cookie_value(&self) -> String {
        let version: String =
            url::form_urlencoded::byte_serialize(self.policy_version.as_bytes()).collect();
        format!("{}.{}.{version}", u8::from(self.analytics), self.at_ms)
    }

    pub fn parse(value: &str) -> Option<Choice> {
        let mut parts = value.splitn(3, '.');
        let analytics = match parts.next()? {
            "1" => true,
            "0" => false,
            _ => return None,
        };
        let at_ms = parts.next()?.parse().ok()?;
        let version = parts.next()?;
        let policy_version = url::form_urlencoded::parse(format!("v={version}").as_bytes())
            .next()?
            .1
            .into_owned();
        Some(Choice {
            analytics,
            at_ms,
            policy_version,
        })
    }

    /// What this choice means now: it holds for [`VALID_DAYS`] and only
    /// under the policy version in force.
    pub fn judge(&self, current_version: &str, now: i64) -> Consent {
        let expired =
            now - self.at_ms > i64::from(VALID_DAYS) * DAY_MS || self.at_ms > now + DAY_MS;
        if expired || self.policy_version != current_version {
            Consent::Ask
        } else if self.analytics {
            Consent::Granted
        } else {
            Consent::Denied
        }
    }
}

/// The consent a request carries.
pub async fn from_headers(state: &AppState, headers: &HeaderMap) -> Consent {
    let Some(choice) = crate::server::prefs::request_cookie(headers, cookies::CONSENT.name)
        .and_then(|v| Choice::parse(&v))
    else {
        return Consent::Ask;
    };
    match crate::server::policies::current_version(state).await {
        Ok(version) => choice.judge(&version, now_ms()),
        Err(err) => {
            tracing::error!(?err, "policy version unavailable; asking again");
            Consent::Ask
        }
    }
}

/// Records a choice: the `Set-Cookie` lines to send (the consent cookie,
/// and the visit cookie set or removed), after writing the proof for a
/// signed-in person. `visit_id` is the visit cookie the request carried.
pub async fn save(
    state: &AppState,
    scope: &Scope,
    analytics: bool,
    source: &str,
    visit_id: Option<&str>,
) -> Result<Vec<String>, AppError> {
    if !SOURCES.contains(&source) {
        return Err(AppError::field("source", "error-choice-invalid"));
    }
    let choice = Choice {
        analytics,
        at_ms: now_ms(),
        policy_version: crate::server::policies::current_version(state).await?,
    };
    if let Scope::User(_) = scope {
        let record = repo::NewRecord {
            id: uuid::Uuid::now_v7().to_string(),
            purpose: PURPOSE_ANALYTICS,
            granted: analytics,
            policy_version: choice.policy_version.clone(),
            source: source.to_string(),
        };
        repo::insert(scope, &state.db, &record, choice.at_ms).await?;
    }
    let secure = state.config.is_https();
    let mut lines = vec![crate::server::prefs::cookie_header(
        &cookies::CONSENT,
        &choice.cookie_value(),
        secure,
    )];
    if analytics {
        let visit = visit_id.map_or_else(new_visit_id, str::to_string);
        lines.push(crate::server::prefs::cookie_header(
            &cookies::VISIT,
            &visit,
            secure,
        ));
    } else if visit_id.is_some() {
        lines.push(clear_header(&cookies::VISIT, secure));
    }
    Ok(lines)
}

/// A new random visit id (128 bits, hex), for the visit cookie that an
/// analytics consent allows.
pub fn new_visit_id() -> String {
    use rand::TryRngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .expect("the OS random source is available");
    hex::encode(bytes)
}

/// `Set-Cookie` that deletes one of the listed cookies.
pub fn clear_header(spec: &CookieSpec, secure: bool) -> String {
    cookie::Cookie::build((spec.name, ""))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::ZERO)
        .build()
        .to_string()
}

/// Adds `Set-Cookie` lines to the server function's response.
pub fn send_cookies(lines: &[String]) {
    let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    for line in lines {
        if let Ok(value) = http::HeaderValue::from_str(line) {
            res.append_header(http::header::SET_COOKIE, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_value_round_trips_any_version() {
        let choice = Choice {
            analytics: true,
            at_ms: 1_764_700_000_000,
            policy_version: "2026-11-23 v2.1".to_string(),
        };
        let value = choice.cookie_value();
        assert!(!value.contains(' ') && !value.contains(';'), "{value}");
        assert_eq!(Choice::parse(&value), Some(choice));
        assert_eq!(Choice::parse("2.1.x"), None);
        assert_eq!(Choice::parse("1.soon.x"), None);
    }

    #[test]
    fn p29_a_choice_lapses_after_six_months_or_a_new_policy() {
        let now = 1_780_000_000_000;
        let choice = |analytics, age_days: i64| Choice {
            analytics,
            at_ms: now - age_days * DAY_MS,
            policy_version: "v1".into(),
        };
        assert_eq!(choice(true, 10).judge("v1", now), Consent::Granted);
        assert_eq!(choice(false, 181).judge("v1", now), Consent::Denied);
        assert_eq!(choice(true, 183).judge("v1", now), Consent::Ask);
        assert_eq!(choice(true, 10).judge("v2", now), Consent::Ask);
    }
}
