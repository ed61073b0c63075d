//! Parsed Fluent bundles, built once per locale on first use.

use super::{Locale, MISSING_MARKER, SOURCES};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// Named arguments for a message: `&[("days", 30.into())]`.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(locale, sources)| build(*locale, sources))
            .collect()
    })
}

fn build(locale: Locale, sources: &[&str]) -> Bundle {
    let lang = locale
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Unicode isolation marks would show up in attributes and tests.
    bundle.set_use_isolating(false);
    for source in sources {
        // The catalogue tests fail on any syntax error; here we keep what parsed.
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle(locale: Locale) -> &'static Bundle {
    let index = SOURCES.iter().position(|(l, _)| *l == locale).unwrap_or(0);
    &bundles()[index]
}

/// The message `key` in `locale`.
pub fn translate(locale: Locale, key: &str) -> String {
    translate_with(locale, key, &[])
}

/// The message `key` in `locale`, with its placeholders filled from `args`.
pub fn translate_with(locale: Locale, key: &str, args: &Args) -> String {
    let bundle = bundle(locale);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return format!("{MISSING_MARKER}{key}\u{27e7}");
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if errors.is_empty() {
        text.into_owned()
    } else {
        format!("{MISSING_MARKER}{key}\u{27e7}")
    }
}
