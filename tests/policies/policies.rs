//! The policy pages through the router: the "last updated" date and the
//! versions come from the database (P31), and the privacy page states the
//! configured contact, the support form (P32) and the data location (P33),
//! with no raw placeholder in any locale. Publishing is in
//! `policies_publish.rs`. Each test runs on SQLite and on PostgreSQL.

use crate::common::policies::version;
use crate::common::*;
use offerline::i18n::{Locale, MISSING_MARKER};
use offerline::server::policies;
use offerline::server::scope::Scope;

async fn page(app: &axum::Router, path: &str, cookie: Option<&str>, locale: Locale) -> Reply {
    page_in(app, path, cookie, locale).await
}

fn assert_no_raw_text(body: &str, what: &str) {
    for bad in [MISSING_MARKER, "{ $", "{$", "{{", "%{"] {
        assert!(!body.contains(bad), "{what} contains {bad:?}");
    }
}

/// P31: every policy page shows the effective day of the version in force
/// as its "last updated" date, and lists every version with its summary;
/// an announced version says when it takes effect and changes nothing yet.
#[tokio::test]
async fn p31_policy_pages_show_the_date_of_the_version_in_force() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    for path in ["/privacy", "/cookies", "/terms"] {
        let before = page(&app, path, None, Locale::En).await;
        assert!(before.body.contains("Last updated: 2026-11-23"), "{path}");
        assert!(before.body.contains("First version."), "{path}");
    }
    policies::publish(
        &state,
        &Scope::System,
        version("2026-11-30", "2026-11-30", "Support tickets are described."),
    )
    .await
    .unwrap();
    policies::publish(
        &state,
        &Scope::System,
        version("2099-01-01", "2099-01-01", "A change announced far ahead."),
    )
    .await
    .unwrap();
    assert_eq!(
        offerline::server::policies::current_version(&state)
            .await
            .unwrap(),
        "2026-11-30"
    );
    for path in ["/privacy", "/cookies", "/terms"] {
        let now = page(&app, path, None, Locale::En).await;
        assert_eq!(now.status, 200);
        assert!(now.body.contains("Last updated: 2026-11-30"), "{path}");
        assert!(
            now.body.contains("<time datetime=\"2026-11-30\">"),
            "{path}"
        );
        assert!(now.body.contains("Support tickets are described."));
        assert!(now.body.contains("In force since 2026-11-23"), "{path}");
        assert!(now.body.contains("Takes effect on 2099-01-01"), "{path}");
        let dutch = page(&app, path, None, Locale::Nl).await;
        assert!(dutch.body.contains("NL Support tickets are described."));
        // No French summary: the English one stands in.
        let french = page(&app, path, None, Locale::Fr).await;
        assert!(french.body.contains("Support tickets are described."));
    }
}

/// P32: the privacy page names the configured privacy contact and links
/// the in-app support form; without a contact it says so in a sentence.
#[tokio::test]
async fn p32_privacy_page_shows_the_contact_and_the_support_form() {
    let t = fx_db().await;
    let app = fx_app(fx_state_with(
        &t,
        &[("OFFERLINE_PRIVACY_CONTACT", "privacy@offerline.test")],
    ));
    for locale in Locale::ALL {
        let reply = page(&app, "/privacy", None, locale).await;
        assert!(reply.body.contains("privacy@offerline.test"), "{locale:?}");
        assert!(
            reply.body.contains("href=\"/settings/support\""),
            "{locale:?}"
        );
    }
    let unset = fx_app(fx_state(&t));
    let reply = page(&unset, "/privacy", None, Locale::En).await;
    assert!(reply.body.contains("has not published a privacy contact"));
    assert!(reply.body.contains("href=\"/settings/support\""));
}

/// P33: the configured data location is stated on the privacy page in
/// every language.
#[tokio::test]
async fn p33_the_data_location_is_on_the_privacy_page_in_every_language() {
    let t = fx_db().await;
    let app = fx_app(fx_state_with(
        &t,
        &[("OFFERLINE_DATA_LOCATION", "Frankfurt, Germany (EU)")],
    ));
    for locale in Locale::ALL {
        let reply = page(&app, "/privacy", None, locale).await;
        assert_eq!(reply.status, 200);
        assert!(
            reply.body.contains("Frankfurt, Germany (EU)"),
            "{locale:?} lacks the location"
        );
    }
}

/// P31 P32 P33: the numbers on the privacy page come from configuration,
/// and no policy page in any locale, configured or not, shows a raw
/// placeholder or a missing text.
#[tokio::test]
async fn p31_policy_pages_have_no_raw_placeholder_in_any_locale() {
    let t = fx_db().await;
    let configured = fx_app(fx_state_with(
        &t,
        &[
            ("OFFERLINE_PRIVACY_CONTACT", "privacy@offerline.test"),
            ("OFFERLINE_DATA_LOCATION", "the European Union"),
            ("OFFERLINE_RETENTION_DAYS", "45"),
            ("OFFERLINE_DELETION_GRACE_DAYS", "9"),
            ("OFFERLINE_ANALYTICS_RETENTION_DAYS", "61"),
            ("SMTP_URL", "smtp://mail.offerline.test:2525"),
        ],
    ));
    let plain = fx_app(fx_state(&t));
    let privacy = page(&configured, "/privacy", None, Locale::En).await;
    for fact in ["45 days", "9 days", "61 days", "email provider"] {
        assert!(privacy.body.contains(fact), "privacy page lacks {fact}");
    }
    assert!(!privacy.body.contains("support inbox"));
    let local = page(&plain, "/privacy", None, Locale::En).await;
    assert!(local.body.contains("does not use an email provider"));
    // A support inbox told with a link gets no message; one configured to
    // get the messages is named.
    let notified = fx_app(fx_state_with(
        &t,
        &[("OFFERLINE_SUPPORT_EMAIL", "help@offerline.test")],
    ));
    let notice = page(&notified, "/privacy", None, Locale::En).await;
    assert!(!notice.body.contains("support inbox"));
    let with_inbox = fx_app(fx_state_with(
        &t,
        &[
            ("OFFERLINE_SUPPORT_EMAIL", "help@offerline.test"),
            ("OFFERLINE_SUPPORT_EMAIL_CONTENT", "full"),
        ],
    ));
    let inbox = page(&with_inbox, "/privacy", None, Locale::En).await;
    assert!(inbox.body.contains("support inbox"));
    for app in [&configured, &plain] {
        for locale in Locale::ALL {
            for path in ["/privacy", "/cookies", "/terms"] {
                let reply = page(app, path, None, locale).await;
                assert_eq!(reply.status, 200);
                assert_no_raw_text(&reply.body, &format!("{path} in {locale:?}"));
            }
        }
    }
}
