//! What the islands share in the browser: the page's root element, the
//! preferences the server wrote on it, the mark that says the page is
//! live, and calls to server functions. Compiled only into the WebAssembly.

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys::{Element, Headers, RequestInit, Response, UrlSearchParams};

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

/// Calls server function `url` with `fields`, as its plain form would, and
/// answers the text of a successful answer (`Err` for any other).
///
/// A plain `fetch`, not the server function's client: an island needs only
/// to know whether the call worked, and the client's encoders and error
/// types would more than double the WebAssembly.
pub async fn call(url: &str, fields: &[(&str, &str)]) -> Result<String, JsValue> {
    let params = UrlSearchParams::new()?;
    for (name, value) in fields {
        params.append(name, value);
    }
    let headers = Headers::new()?;
    // Not a plain form post: errors come back as statuses, not redirects.
    headers.set("Accept", "application/json")?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&params);
    let answer = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str_and_init(url, &init))
        .await?
        .dyn_into::<Response>()?;
    if !answer.ok() {
        return Err(JsValue::from(answer.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(answer.text()?).await?;
    Ok(text.as_string().unwrap_or_default())
}
