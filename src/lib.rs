#![recursion_limit = "256"]
//! Offerline: a privacy-first job search tracker.
//!
//! One crate, two builds: with `ssr` it is the Axum server (the `offerline`
//! binary); with `hydrate` it is the WebAssembly of the islands, the few
//! parts of the server-rendered pages that need the browser (`#[island]`).
//! Code outside `server/` and `host/` compiles for both; only what an island
//! reaches ends up in the WebAssembly.

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

/// Browser entry point: hydrates the islands, the only parts of a page
/// that run in the browser; everything else stays the server's HTML.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    ui::browser::mark_live();
}
