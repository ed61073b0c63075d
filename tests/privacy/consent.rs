//! Cookie consent through the router (P29): only essential cookies before a
//! choice, accepting and rejecting as one equal step each, proof kept for
//! signed-in people with the policy version, a lapsed or outdated choice
//! asked again, plain form posts without JavaScript, and the cookie policy
//! generated from the list the server sets cookies from. Each test runs on
//! SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use axum::body::Body;
use offerline::i18n::{Locale, translate, translate_with};
use offerline::model::cookies::{self, Lifetime};

/// Every public page a visitor can open before signing in.
const PUBLIC_PAGES: &[&str] = &[
    "/",
    "/privacy",
    "/cookies",
    "/terms",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/cookie-settings",
];

const DAY_MS: i64 = 24 * 3600 * 1000;

async fn page(app: &axum::Router, path: &str, cookie: Option<&str>) -> Reply {
    let mut request = get(path)
        .header("accept", "text/html")
        .header("x-forwarded-for", "203.0.113.10");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(app, request.body(Body::empty()).unwrap()).await
}

/// The names of the cookies a reply sets (or deletes).
fn set_cookie_names(reply: &Reply) -> Vec<String> {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split('=').next())
        .map(|n| n.trim_start_matches("__Host-").to_string())
        .collect()
}

fn set_cookie_line(reply: &Reply, name: &str) -> Option<String> {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_string)
}

async fn current_version(t: &TestDb) -> String {
    offerline::server::policies::current_version(&fx_state(t))
        .await
        .expect("the policy version in force")
}

async fn consents(t: &TestDb, user_id: &str) -> Vec<(String, i64, String, String)> {
    sqlx::query_as(
        "SELECT purpose, granted, policy_version, source FROM consents WHERE user_id = $1 \
         ORDER BY created_at, id",
    )
    .bind(user_id)
    .fetch_all(&t.db.pool)
    .await
    .unwrap()
}

/// P29: before any choice, no public page sets a cookie that is not
/// essential (nor any cookie missing from the list), every page shows the
/// banner with its three choices, and nothing is counted.
#[tokio::test]
async fn p29_before_a_choice_only_essential_cookies_and_the_banner() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    for path in PUBLIC_PAGES {
        let reply = page(&app, path, None).await;
        assert_eq!(reply.status, 200, "{path}");
        for name in set_cookie_names(&reply) {
            let spec = cookies::ALL.iter().find(|c| c.name == name);
            assert!(
                spec.is_some_and(|c| c.essential),
                "{path} sets {name} before a choice"
            );
        }
        assert!(reply.body.contains("data-consent=\"ask\""), "{path}");
        // The choices page is the choice itself; every other page has the banner.
        let banner = reply.body.contains("class=\"consent-banner\"");
        assert_eq!(banner, *path != "/cookie-settings", "{path}");
        for label in ["Accept analytics", "Reject", "Cookie choices"] {
            assert!(reply.body.contains(label), "{path} lacks {label}");
        }
    }
    let events: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM analytics_events")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(events, 0);
}

/// P29: accepting and rejecting are one call each; each sets the consent
/// cookie (with the policy version) and, for a signed-in person, keeps a
/// record of purpose, choice, policy version and source. Rejecting later
/// (withdrawal) deletes the visit cookie.
#[tokio::test]
async fn p29_choices_set_the_cookie_and_keep_proof_with_the_policy_version() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let session = sign_up(&app, "Cleo Consent", "cleo@example.org").await;
    let (user_id, ..) = user_row(&t, "cleo@example.org").await;
    let version = current_version(&t).await;

    let accepted = call(
        &app,
        "/api/consent/save",
        Some(&session),
        &[("choice", "accept"), ("source", "banner")],
    )
    .await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert_eq!(accepted.body, "\"Granted\"");
    let consent = set_cookie_line(&accepted, "offerline_consent").expect("consent cookie");
    assert!(consent.starts_with("offerline_consent=1."), "{consent}");
    assert!(
        consent.contains(&format!("Max-Age={}", 182 * 24 * 3600)),
        "{consent}"
    );
    let visit = set_cookie_line(&accepted, "offerline_visit").expect("visit cookie");
    assert!(visit.contains("Max-Age=1800"), "{visit}");
    let visit_pair = visit.split(';').next().unwrap().to_string();
    let consent_pair = consent.split(';').next().unwrap().to_string();

    // The page now knows: no banner.
    let cookie = format!("{session}; {consent_pair}; {visit_pair}");
    let home = page(&app, "/", Some(&cookie)).await;
    assert!(home.body.contains("data-consent=\"granted\""));
    assert!(!home.body.contains("class=\"consent-banner\""));

    let rejected = call(
        &app,
        "/api/consent/save",
        Some(&cookie),
        &[("choice", "reject"), ("source", "settings")],
    )
    .await;
    assert_eq!(rejected.status, 200, "{}", rejected.body);
    let consent = set_cookie_line(&rejected, "offerline_consent").unwrap();
    assert!(consent.starts_with("offerline_consent=0."), "{consent}");
    let gone = set_cookie_line(&rejected, "offerline_visit").expect("visit cookie deleted");
    assert!(gone.contains("Max-Age=0"), "{gone}");

    assert_eq!(
        consents(&t, &user_id).await,
        vec![
            ("analytics".into(), 1, version.clone(), "banner".into()),
            ("analytics".into(), 0, version.clone(), "settings".into()),
        ]
    );

    // A visitor's choice sets the cookie only: there is nobody to record.
    let anonymous = call(
        &app,
        "/api/consent/save",
        None,
        &[("choice", "save"), ("source", "settings")],
    )
    .await;
    assert_eq!(anonymous.body, "\"Denied\"", "an unticked box rejects");
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consents")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(total, 2);
    let bad = call(
        &app,
        "/api/consent/save",
        None,
        &[("choice", "accept"), ("source", "elsewhere")],
    )
    .await;
    assert_eq!(bad.status, 422);
}

/// P29: a choice older than six months, or made under an older policy
/// version, counts as no choice: the banner shows again and analytics stays
/// off.
#[tokio::test]
async fn p29_a_lapsed_or_outdated_choice_is_asked_again() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let version = current_version(&t).await;
    let now = offerline::server::time::now_ms();
    let cookie = |granted: u8, at: i64, version: &str| {
        let encoded: String = url::form_urlencoded::byte_serialize(version.as_bytes()).collect();
        format!("offerline_consent={granted}.{at}.{encoded}")
    };
    let fresh = page(&app, "/", Some(&cookie(1, now - DAY_MS, &version))).await;
    assert!(fresh.body.contains("data-consent=\"granted\""));
    assert!(!fresh.body.contains("class=\"consent-banner\""));
    let denied = page(&app, "/", Some(&cookie(0, now - 100 * DAY_MS, &version))).await;
    assert!(denied.body.contains("data-consent=\"denied\""));

    for stale in [
        cookie(1, now - 183 * DAY_MS, &version),
        cookie(1, now - DAY_MS, "1999-01-01"),
        "offerline_consent=garbage".to_string(),
    ] {
        let reply = page(&app, "/terms", Some(&stale)).await;
        assert!(reply.body.contains("data-consent=\"ask\""), "{stale}");
        assert!(reply.body.contains("class=\"consent-banner\""), "{stale}");
        assert!(
            set_cookie_line(&reply, "offerline_visit").is_none(),
            "{stale}"
        );
    }
    let events: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM analytics_events")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(events, 1, "only the page seen under the fresh consent");
}

/// P29: without JavaScript the banner and the choices page are plain
/// forms; the server sets the cookie and sends the browser back.
#[tokio::test]
async fn p29_plain_form_posts_choose_and_come_back() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let post = |pairs: &[(&str, &str)]| {
        post_form("/api/consent/save")
            .header("origin", "http://offerline.test")
            .header("accept", "text/html")
            .body(Body::from(form(pairs)))
            .unwrap()
    };
    let reply = send(
        &app,
        post(&[
            ("choice", "reject"),
            ("source", "banner"),
            ("return_to", "/privacy"),
        ]),
    )
    .await;
    assert!((300..400).contains(&reply.status), "{}", reply.status);
    assert_eq!(reply.headers["location"], "/privacy");
    assert!(
        set_cookie_line(&reply, "offerline_consent")
            .unwrap()
            .contains("=0.")
    );

    let reply = send(
        &app,
        post(&[
            ("choice", "save"),
            ("analytics", "on"),
            ("source", "settings"),
            ("return_to", "/cookie-settings?notice=consent-saved"),
        ]),
    )
    .await;
    assert_eq!(
        reply.headers["location"],
        "/cookie-settings?notice=consent-saved"
    );
    let consent = set_cookie_line(&reply, "offerline_consent").unwrap();
    assert!(consent.contains("=1."), "{consent}");
    let saved = page(
        &app,
        "/cookie-settings?notice=consent-saved",
        Some(consent.split(';').next().unwrap()),
    )
    .await;
    assert!(saved.body.contains("Your cookie choice is saved."));
    assert!(saved.body.contains("You allowed usage analytics."));

    // Elsewhere is never followed.
    let reply = send(
        &app,
        post(&[
            ("choice", "accept"),
            ("source", "banner"),
            ("return_to", "//evil.example"),
        ]),
    )
    .await;
    let location = reply
        .headers
        .get("location")
        .map(|v| v.to_str().unwrap().to_string());
    assert!(!location.unwrap_or_default().contains("evil.example"));
}

/// P29: the choices page starts with the analytics box unticked, offers
/// save, accept and reject side by side, and every page's footer links to
/// it.
#[tokio::test]
async fn p29_the_choices_page_has_no_ticked_box_and_is_linked_from_every_page() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = page(&app, "/cookie-settings", None).await;
    let start = reply
        .body
        .find("id=\"consent-analytics\"")
        .expect("the box");
    let input_start = reply.body[..start].rfind('<').unwrap();
    let input = &reply.body[input_start..start + reply.body[start..].find('>').unwrap()];
    assert!(!input.contains("checked"), "{input}");
    for label in ["Save my choice", "Accept analytics", "Reject"] {
        assert!(reply.body.contains(label), "{label}");
    }
    for path in PUBLIC_PAGES {
        let reply = page(&app, path, None).await;
        assert!(reply.body.contains("href=\"/cookie-settings\""), "{path}");
    }
}

/// P29: the cookie policy lists every cookie of `cookies::ALL`, the list
/// the server sets cookies from, with its purpose, lifetime and kind, in
/// every language.
#[tokio::test]
async fn p29_the_cookie_policy_lists_every_cookie_with_purpose_and_lifetime() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    assert!(cookies::ALL.iter().any(|c| !c.essential));
    for locale in Locale::ALL {
        let cookie = format!("offerline_locale={}", locale.tag());
        let reply = page(&app, "/cookies", Some(&cookie)).await;
        let text = reply.body.replace("&#x27;", "'").replace("&quot;", "\"");
        for spec in cookies::ALL {
            let row_start = text
                .find(&format!("<code>{}</code>", spec.name))
                .unwrap_or_else(|| panic!("{locale:?}: {} missing", spec.name));
            let row = &text[row_start..row_start + text[row_start..].find("</tr>").unwrap()];
            let purpose = translate(locale, &spec.purpose_key());
            assert!(row.contains(&purpose), "{locale:?}: {} purpose", spec.name);
            let lifetime = match spec.lifetime {
                Lifetime::Days(d) => {
                    translate_with(locale, "cookies-lifetime-days", &[("days", d.into())])
                }
                Lifetime::Minutes(m) => {
                    translate_with(locale, "cookies-lifetime-minutes", &[("minutes", m.into())])
                }
            };
            assert!(
                row.contains(&lifetime),
                "{locale:?}: {} lifetime",
                spec.name
            );
            let kind = if spec.essential {
                "cookies-essential"
            } else {
                "cookies-optional"
            };
            assert!(
                row.contains(&translate(locale, kind)),
                "{locale:?}: {}",
                spec.name
            );
        }
    }
}
