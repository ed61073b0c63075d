//! The translation catalogue: complete in every locale, every key the code
//! uses defined, and no page rendering a missing key or a raw placeholder.

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
        "password-",
        "settings-",
        "sessions-",
        "field-",
        "sign-",
        "verify-",
        "forgot-",
        "reset-",
        "event-",
        "notice-",
        "profile-",
    ];
    let mut used = 0;
    let mut unknown = Vec::new();
    for path in rust_files(std::path::Path::new("src")) {
        let text = std::fs::read_to_string(&path).unwrap();
        for opener in [".t(\"", ".t_with(\"", "title_key=\"", "=> \"", "\"error-"] {
            for rest in text.split(opener).skip(1) {
                let literal = rest.split('"').next().unwrap_or_default();
                let owned;
                let literal = if opener == "\"error-" {
                    owned = format!("error-{literal}");
                    owned.as_str()
                } else {
                    literal
                };
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
    let t = crate::common::fx_db().await;
    let app = crate::common::fx_app(crate::common::fx_state(&t));
    let session = crate::common::account::sign_up(&app, "Tess", "tess@example.org").await;
    let mut paths: Vec<String> = [
        "/",
        "/privacy",
        "/cookies",
        "/terms",
        "/missing-page",
        "/sign-up",
        "/sign-in",
        "/forgot-password?sent=1",
        "/reset-password?token=unknown",
        "/verify-email?token=x",
        "/confirm-email?token=x",
        "/settings/sessions?notice=session-ended",
        "/settings/profile",
        "/settings/profile?notice=profile-saved",
    ]
    .map(String::from)
    .to_vec();
    for notice in [
        "email-verified",
        "verification-sent",
        "password-changed",
        "email-change-sent",
        "email-changed",
    ] {
        paths.push(format!("/settings?notice={notice}"));
    }
    for notice in ["password-reset", "signed-out-everywhere"] {
        paths.push(format!("/sign-in?notice={notice}"));
    }
    paths.extend(board_pages(&app, &session).await);
    for locale in Locale::ALL {
        for path in &paths {
            let reply = crate::common::send(
                &app,
                crate::common::get(path)
                    .header("accept", "text/html")
                    .header(
                        "cookie",
                        format!("offerline_locale={}; {session}", locale.tag()),
                    )
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
            assert!(
                reply.body.contains(&format!("lang=\"{}\"", locale.tag())),
                "{path}: {}",
                reply.status
            );
            for bad in [MISSING_MARKER, "{ $", "{$", "{{", "%{"] {
                assert!(
                    !reply.body.contains(bad),
                    "{path} in {locale:?} contains {bad:?}"
                );
            }
        }
    }
}

/// A board with a card that has every field set, moved once and archived
/// and restored, so its pages show every stage, colour, kind, timeline
/// entry and hint: the paths of those pages.
async fn board_pages(app: &axum::Router, session: &str) -> Vec<String> {
    use crate::common::account::call;
    let json = |body: &str| -> serde_json::Value { serde_json::from_str(body).unwrap() };
    let create = [("name", "Search"), ("template", "job-search")];
    let board = json(
        &call(app, "/api/boards/create", Some(session), &create)
            .await
            .body,
    );
    let board = board.as_str().unwrap();
    let stages = json(
        &call(app, "/api/boards/get", Some(session), &[("id", board)])
            .await
            .body,
    );
    let stage = |i: usize| stages["stages"][i]["id"].as_str().unwrap().to_string();
    let (wishlist, applied) = (stage(0), stage(1));
    let add = [
        ("board_id", board),
        ("stage_id", wishlist.as_str()),
        ("title", "Engineer"),
        ("company", "Acme"),
    ];
    let card = json(&call(app, "/api/cards/add", Some(session), &add).await.body);
    let card = card["id"].as_str().unwrap().to_string();
    let fields = [
        ("id", card.as_str()),
        ("title", "Senior engineer"),
        ("company", "Globex"),
        ("job_url", "https://jobs.example.com/1"),
        ("description", "Build things"),
        ("location", "Ghent"),
        ("work_mode", "hybrid"),
        ("salary_min", "50000"),
        ("salary_max", "70000"),
        ("salary_currency", "EUR"),
        ("salary_period", "year"),
        ("job_type", "full-time"),
        ("source", "Referral"),
        ("deadline", "2026-12-01"),
        ("applied_on", "2026-11-01"),
        ("excitement", "4"),
        ("tags", "rust, remote"),
        ("notes", "Ask about the team"),
    ];
    assert_eq!(
        call(app, "/api/cards/update", Some(session), &fields)
            .await
            .status,
        200
    );
    let moved = [("id", card.as_str()), ("stage_id", applied.as_str())];
    assert_eq!(
        call(app, "/api/cards/move", Some(session), &moved)
            .await
            .status,
        200
    );
    for archived in ["true", "false"] {
        let pairs = [("id", card.as_str()), ("archived", archived)];
        assert_eq!(
            call(app, "/api/cards/archive", Some(session), &pairs)
                .await
                .status,
            200
        );
    }
    let detail = json(
        &call(app, "/api/cards/get", Some(session), &[("id", &card)])
            .await
            .body,
    );
    let company = detail["company_id"].as_str().unwrap();
    vec![
        "/boards".to_string(),
        "/boards?notice=board-deleted".to_string(),
        format!("/boards/{board}"),
        format!("/boards/{board}?duplicate={card}&q=engineer"),
        format!("/boards/{board}?view=list&sort=deadline&dir=desc"),
        format!("/cards/{card}"),
        format!("/cards/{card}?notice=card-saved"),
        format!("/companies/{company}?notice=company-saved"),
        "/insights".to_string(),
        format!("/insights?board={board}"),
    ]
}
