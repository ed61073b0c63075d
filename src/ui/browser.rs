//! What the islands share in the browser: the page's root element, the
//! preferences the server wrote on it, and the mark that says the page is
//! live. Compiled only into the WebAssembly.

use leptos::prelude::*;
use leptos::web_sys::Element;

/// `<html>`, where the server wrote the page's preferences.
pub fn root() -> Option<Element> {
    document().document_element()
}

/// Marks `<html data-hydrated>` once the islands present at load have
/// hydrated (they hydrate in the task that calls this; the mark waits for
/// the next one), for styles that need the live page and for tests, and
/// leaves the performance mark `offerline-live` for the benchmarks.
pub fn mark_live() {
    set_timeout(
        || {
            if let Some(root) = root() {
                let _ = root.set_attribute("data-hydrated", "true");
            }
            if let Some(performance) = window().performance() {
                let _ = performance.mark("offerline-live");
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The visitor's consent, as the server wrote it on `<html data-consent>`.
pub fn consent() -> crate::model::consent::Consent {
    root()
        .and_then(|r| r.get_attribute("data-consent"))
        .and_then(|v| crate::model::consent::Consent::parse(&v))
        .unwrap_or_default()
}

/// Loads the page again from the server.
pub fn reload() {
    let _ = window().location().reload();
}
