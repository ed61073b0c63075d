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
/// Email text (`mail.ftl`) is only ever rendered by the server, so it stays
/// out of the WASM.
pub const SOURCES: &[(Locale, &[&str])] = &[
    (
        Locale::En,
        &[
            include_str!("en/app.ftl"),
            include_str!("en/policies.ftl"),
            include_str!("en/auth.ftl"),
            include_str!("en/profile.ftl"),
            include_str!("en/boards.ftl"),
            include_str!("en/insights.ftl"),
            include_str!("en/privacy.ftl"),
            include_str!("en/consent.ftl"),
            include_str!("en/data.ftl"),
            include_str!("en/documents.ftl"),
            include_str!("en/support.ftl"),
            #[cfg(feature = "ssr")]
            include_str!("en/mail.ftl"),
        ],
    ),
    (
        Locale::Nl,
        &[
            include_str!("nl/app.ftl"),
            include_str!("nl/policies.ftl"),
            include_str!("nl/auth.ftl"),
            include_str!("nl/profile.ftl"),
            include_str!("nl/boards.ftl"),
            include_str!("nl/insights.ftl"),
            include_str!("nl/privacy.ftl"),
            include_str!("nl/consent.ftl"),
            include_str!("nl/data.ftl"),
            include_str!("nl/documents.ftl"),
            include_str!("nl/support.ftl"),
            #[cfg(feature = "ssr")]
            include_str!("nl/mail.ftl"),
        ],
    ),
    (
        Locale::Fr,
        &[
            include_str!("fr/app.ftl"),
            include_str!("fr/policies.ftl"),
            include_str!("fr/auth.ftl"),
            include_str!("fr/profile.ftl"),
            include_str!("fr/boards.ftl"),
            include_str!("fr/insights.ftl"),
            include_str!("fr/privacy.ftl"),
            include_str!("fr/consent.ftl"),
            include_str!("fr/data.ftl"),
            include_str!("fr/documents.ftl"),
            include_str!("fr/support.ftl"),
            #[cfg(feature = "ssr")]
            include_str!("fr/mail.ftl"),
        ],
    ),
];

/// What an unknown key renders as: visible, and caught by the page tests.
pub const MISSING_MARKER: &str = "\u{27e6}missing:";
