//! The first-party usage beacon (P05), active only in the hydrated app and
//! only while the visitor allows analytics. The server counts the page a
//! browser loads; this adds the pages reached inside the app without a
//! reload, and the time spent on each page, sent with `sendBeacon` to this
//! server when the page is left or hidden. Nothing runs, and nothing is
//! sent, without consent.

use leptos::prelude::*;

#[component]
pub fn UsageBeacon() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    track();
}

#[cfg(feature = "hydrate")]
fn track() {
    use super::consent_banner::use_consent;
    use leptos_router::hooks::use_location;

    let consent = use_consent();
    let location = use_location();
    // The page being looked at and since when (ms).
    let current = StoredValue::new((location.pathname.get_untracked(), now()));

    Effect::new(move |previous: Option<()>| {
        let path = location.pathname.get();
        let (left, since) = current.get_value();
        if previous.is_none() || left == path {
            return;
        }
        if consent.get_untracked().analytics() {
            send("leave", &left, Some(now() - since));
            send("view", &path, None);
        }
        current.set_value((path, now()));
    });

    let handle = window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = document().hidden();
        let (path, since) = current.get_value();
        if hidden && consent.get_untracked().analytics() {
            send("leave", &path, Some(now() - since));
        }
        // Time while hidden does not count.
        current.set_value((path, now()));
    });
    on_cleanup(move || handle.remove());
}

#[cfg(feature = "hydrate")]
fn now() -> i64 {
    js_sys::Date::now() as i64
}

#[cfg(feature = "hydrate")]
fn send(kind: &str, path: &str, duration_ms: Option<i64>) {
    use crate::api::privacy::analytics::Beacon;
    use leptos::server_fn::ServerFn;
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return;
    };
    params.append("kind", kind);
    params.append("path", path);
    if let Some(ms) = duration_ms {
        params.append("duration_ms", &ms.max(0).to_string());
    }
    if let Some(window) = web_sys::window() {
        let _ = window
            .navigator()
            .send_beacon_with_opt_url_search_params(Beacon::url(), Some(&params));
    }
}
