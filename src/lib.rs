#![recursion_limit = "256"]
//! Offerline: a privacy-first job search tracker.
//!
//! One crate, two builds: with `ssr` it is the Axum server (the `offerline`
//! binary); with `hydrate` it is the WebAssembly that makes the server-rendered
//! pages interactive. Code outside `server/` and `host/` compiles for both.

pub mod api;
pub mod app;
pub mod error;
pub mod i18n;
pub mod model;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod host;
#[cfg(feature = "ssr")]
pub mod server;

/// Browser entry point: hydrates the server-rendered body.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    let prefs = ui::prefs::from_document();
    leptos::mount::hydrate_body(move || {
        leptos::prelude::provide_context(prefs);
        app::App()
    });
}
