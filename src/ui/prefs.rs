//! Where a page's preferences come from: on the server, the request (the
//! signed-in person's profile language, then the cookie, then
//! `Accept-Language`); in the browser, the attributes the server wrote
//! on `<html>`, so hydration renders exactly what the server did.

use crate::model::prefs::Prefs;

/// Reads the preferences of the request being rendered. A signed-in
/// person's profile language wins over the cookie and `Accept-Language`.
#[cfg(feature = "ssr")]
pub fn from_request() -> Prefs {
    crate::api::edge::request_prefs()
}

/// Reads the preferences the server rendered into `<html lang data-theme>`.
#[cfg(feature = "hydrate")]
pub fn from_document() -> Prefs {
    use crate::i18n::Locale;
    use crate::model::prefs::Theme;
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    let attr = |name: &str| root.as_ref().and_then(|r| r.get_attribute(name));
    Prefs {
        locale: attr("lang")
            .and_then(|l| Locale::from_tag(&l))
            .unwrap_or_default(),
        theme: attr("data-theme")
            .and_then(|t| Theme::parse(&t))
            .unwrap_or_default(),
    }
}

/// Applies a theme to the live page without a reload.
#[cfg(feature = "hydrate")]
pub fn apply_theme(theme: crate::model::prefs::Theme) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}
