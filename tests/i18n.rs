//! The translation catalogue: complete in every locale, every key the code
//! uses defined, and no page rendering a missing key or a raw placeholder.

mod common;

use axum::body::Body;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use offerline::i18n::{Locale, MISSING_MARKER, SOURCES, translate, translate_with};
use std::collections::BTreeSet;

fn keys(locale: Locale) -> BTreeSet<String> {
    let (_, sources) = SOURCES.iter().find(|(l, _)| *l == locale).unwrap();
    let mut keys = BTreeSet::new();
    for source in *sources {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{locale:?}: Fluent syntax errors: {errors:?}"));
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                assert!(
                    keys.insert(message.id.name.to_string()),
                    "{locale:?}: duplicate key {}",
                    message.id.name
                );
            }
        }
    }
    keys
}

#[test]
fn every_locale_has_exactly_the_english_keys() {
    let english = keys(Locale::En);
    assert!(english.len() > 50);
    for locale in [Locale::Nl, Locale::Fr] {
        let other = keys(locale);
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{locale:?}: missing {missing:?}, extra {extra:?}"
        );
    }
}

/// Every key the code passes to the translator is defined: literals in
/// `.t("…")`, `.t_with("…", …)`, `title_key="…"` and `=> "…"` arms of the
/// `*_key()` functions (stems such as `home-feature-boards` are checked by
/// the rendered-page test below).
#[test]
fn every_key_the_code_uses_is_defined() {
    let english = keys(Locale::En);
    let prefixes = [
        "nav-",
        "home-",
        "theme-",
        "error-",
        "locale-",
        "not-found-",
        "privacy-",
        "cookies-",
        "cookie-",
        "terms-",
        "policy-",
    ];
    let mut used = 0;
    let mut unknown = Vec::new();
    for path in rust_files(std::path::Path::new("src")) {
        let text = std::fs::read_to_string(&path).unwrap();
        for opener in [".t(\"", ".t_with(\"", "title_key=\"", "=> \""] {
            for rest in text.split(opener).skip(1) {
                let literal = rest.split('"').next().unwrap_or_default();
                let is_key = opener != "=> \"" || prefixes.iter().any(|p| literal.starts_with(p));
                if is_key && !literal.is_empty() && !literal.contains('{') {
                    used += 1;
                    if !english.contains(literal) {
                        unknown.push(format!("{}: {literal}", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        used > 20,
        "the scan found too few keys ({used}): is it still looking at the right patterns?"
    );
    assert!(unknown.is_empty(), "keys used but not defined: {unknown:?}");
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn placeholders_and_plurals_are_filled() {
    for locale in Locale::ALL {
        let one = translate_with(locale, "cookies-lifetime-days", &[("days", 1.into())]);
        let many = translate_with(locale, "cookies-lifetime-days", &[("days", 365.into())]);
        assert!(
            one.contains('1') && many.contains("365"),
            "{locale:?}: {one} / {many}"
        );
        assert_ne!(
            one.replace('1', ""),
            many.replace("365", ""),
            "{locale:?}: plural forms differ"
        );
    }
    for locale in Locale::ALL {
        let one = translate_with(locale, "privacy-retention-body", &[("days", 1.into())]);
        let many = translate_with(locale, "privacy-retention-body", &[("days", 30.into())]);
        assert_ne!(
            one.replace('1', ""),
            many.replace("30", ""),
            "{locale:?}: retention plural"
        );
    }
    assert!(translate(Locale::En, "no-such-key").starts_with(MISSING_MARKER));
}

/// No rendered page in any locale shows a missing key or a raw placeholder.
#[tokio::test]
async fn rendered_pages_have_no_untranslated_text() {
    let t = common::fx_db().await;
    let app = common::fx_app(common::fx_state(&t));
    for locale in Locale::ALL {
        for path in ["/", "/privacy", "/cookies", "/terms", "/missing-page"] {
            let reply = common::send(
                &app,
                common::get(path)
                    .header("cookie", format!("offerline_locale={}", locale.tag()))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
            assert!(reply.body.contains(&format!("lang=\"{}\"", locale.tag())));
            for bad in [MISSING_MARKER, "{ $", "{$", "{{", "%{"] {
                assert!(
                    !reply.body.contains(bad),
                    "{path} in {locale:?} contains {bad:?}"
                );
            }
        }
    }
}
