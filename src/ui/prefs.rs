//! Where a page's preferences come from: the request (the signed-in
//! person's profile language, then the cookie, then `Accept-Language`).
//! The shell writes them on `<html lang data-theme>`, where the islands
//! read them in the browser.

/// Reads the preferences of the request being rendered. A signed-in
/// person's profile language wins over the cookie and `Accept-Language`.
#[cfg(feature = "ssr")]
pub fn from_request() -> crate::model::prefs::Prefs {
    crate::api::edge::request_prefs()
}
