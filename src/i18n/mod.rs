//! Translations: English, Dutch and French, in Project Fluent files.
//!
//! Fluent was chosen over leptos_i18n because its files are a standard that
//! translators know (plurals and selectors included), because it is a small
//! dependency that does not pin Leptos' minor version or pull ICU data into
//! the WebAssembly, and because the catalogue can be checked by an ordinary
//! test (`tests/i18n.rs`): every key in every locale, every key the code uses
//! defined, no raw placeholder in any rendered page.

mod catalogue;
mod locale;

pub use catalogue::{Args, translate, translate_with};
pub use locale::Locale;

/// The Fluent sources, by locale, compiled into the binary and the WASM.
pub const SOURCES: &[(Locale, &[&str])] = &[
    (
        Locale::En,
        &[include_str!("en/app.ftl"), include_str!("en/policies.ftl")],
    ),
    (
        Locale::Nl,
        &[include_str!("nl/app.ftl"), include_str!("nl/policies.ftl")],
    ),
    (
        Locale::Fr,
        &[include_str!("fr/app.ftl"), include_str!("fr/policies.ftl")],
    ),
];

/// What an unknown key renders as: visible, and caught by the page tests.
pub const MISSING_MARKER: &str = "\u{27e6}missing:";
