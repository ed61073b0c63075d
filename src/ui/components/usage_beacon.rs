//! The first-party usage beacon (P05): the server counts each page a
//! browser loads; this island adds the time spent on it, sent with
//! `sendBeacon` to this server when the page is hidden or left. It reads
//! the consent the server wrote on `<html data-consent>` each time: nothing
//! is sent, and nothing is measured, without consent to analytics.

use leptos::prelude::*;

#[island]
pub fn UsageBeacon() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    watch();
}

#[cfg(feature = "hydrate")]
fn watch() {
    use std::cell::Cell;
    use std::rc::Rc;

    // Since when the page has been in view (ms), while it is.
    let since = Rc::new(Cell::new(Some(now())));
    let leave = {
        let since = since.clone();
        move || {
            if let Some(start) = since.take()
                && crate::ui::browser::consent().analytics()
            {
                send(now() - start);
            }
        }
    };
    let on_visibility = {
        let leave = leave.clone();
        move |_| {
            if document().hidden() {
                leave();
            } else {
                since.set(Some(now()));
            }
        }
    };
    // Listeners for the life of the page: no island here is ever unmounted.
    std::mem::forget(window_event_listener_untyped(
        "visibilitychange",
        on_visibility,
    ));
    std::mem::forget(window_event_listener_untyped("pagehide", move |_| leave()));
}

#[cfg(feature = "hydrate")]
fn now() -> i64 {
    js_sys::Date::now() as i64
}

#[cfg(feature = "hydrate")]
fn send(duration_ms: i64) {
    use crate::api::privacy::analytics::Beacon;
    use leptos::server_fn::ServerFn;
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return;
    };
    params.append("kind", "leave");
    params.append("path", &window().location().pathname().unwrap_or_default());
    params.append("duration_ms", &duration_ms.max(0).to_string());
    let _ = window()
        .navigator()
        .send_beacon_with_opt_url_search_params(Beacon::url(), Some(&params));
}
