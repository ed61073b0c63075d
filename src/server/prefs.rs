//! Display preferences on the server: read from the request, remembered in
//! the essential cookies listed in `model::cookies`.

use crate::i18n::Locale;
use crate::model::cookies::{self, CookieSpec};
use crate::model::prefs::{Prefs, Theme};
use http::{HeaderMap, HeaderValue, header};

/// Cookie first, then the browser's `Accept-Language`, then English.
pub fn from_headers(headers: &HeaderMap) -> Prefs {
    let cookie = |name: &str| request_cookie(headers, name);
    let locale = cookie(cookies::LOCALE.name)
        .and_then(|tag| Locale::from_tag(&tag))
        .or_else(|| {
            let accept = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
            let offered: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            accept_language::intersection(accept, &offered)
                .first()
                .and_then(|tag| Locale::from_tag(tag))
        })
        .unwrap_or_default();
    let theme = cookie(cookies::THEME.name)
        .and_then(|value| Theme::parse(&value))
        .unwrap_or_default();
    Prefs { locale, theme }
}

/// The value of the cookie `name` a request carries.
pub fn request_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

pub fn remember_locale(locale: Locale) {
    set_cookie(&cookies::LOCALE, locale.tag());
}

pub fn remember_theme(theme: Theme) {
    set_cookie(&cookies::THEME, theme.as_str());
}

/// `Set-Cookie` for one of the listed cookies (the only way cookies are set).
pub fn cookie_header(spec: &CookieSpec, value: &str, secure: bool) -> String {
    cookie::Cookie::build((spec.name, value))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::seconds(spec.max_age_secs()))
        .build()
        .to_string()
}

/// Sets one of the listed cookies on the response being made.
pub fn set_cookie(spec: &CookieSpec, value: &str) {
    let secure = https();
    append_set_cookie(&cookie_header(spec, value, secure));
}

/// Removes one of the listed cookies from the browser.
pub fn clear_cookie(spec: &CookieSpec) {
    let cleared = cookie::Cookie::build((spec.name, ""))
        .path("/")
        .http_only(true)
        .secure(https())
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::ZERO)
        .build()
        .to_string();
    append_set_cookie(&cleared);
}

fn https() -> bool {
    leptos::prelude::use_context::<crate::server::state::AppState>()
        .map(|s| s.config.is_https())
        .unwrap_or(true)
}

fn append_set_cookie(value: &str) {
    if let (Some(res), Ok(header)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(value),
    ) {
        res.append_header(header::SET_COOKIE, header);
    }
}

/// After a plain form post, back to the page it came from. Only paths on
/// this site are followed, so the parameter cannot send people elsewhere.
pub fn redirect_back(return_to: Option<&str>) {
    if let Some(path) = return_to.filter(|p| is_local_path(p)) {
        leptos_axum::redirect(path);
    }
}

pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.append(*k, v.parse().unwrap());
        }
        map
    }

    #[test]
    fn cookie_beats_accept_language() {
        let prefs = from_headers(&headers(&[
            ("cookie", "offerline_locale=fr; offerline_theme=dark"),
            ("accept-language", "nl-NL,nl;q=0.9"),
        ]));
        assert_eq!(prefs.locale, Locale::Fr);
        assert_eq!(prefs.theme, Theme::Dark);
    }

    #[test]
    fn accept_language_picks_the_best_offered_language() {
        let prefs = from_headers(&headers(&[("accept-language", "de-DE,nl;q=0.8,en;q=0.5")]));
        assert_eq!(prefs.locale, Locale::Nl);
    }

    #[test]
    fn unknown_values_fall_back_to_defaults() {
        let prefs = from_headers(&headers(&[(
            "cookie",
            "offerline_locale=xx; offerline_theme=neon",
        )]));
        assert_eq!(prefs, Prefs::default());
    }

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/privacy?x=1"));
        assert!(!is_local_path("//evil.example"));
        assert!(!is_local_path("https://evil.example"));
        assert!(!is_local_path("/\\evil.example"));
    }
}
