//! The right of access (P23) through the router: what the "Your data" page
//! and its server function report (counts per table, consent history,
//! sign-in history), that staff access shows (P20), that each category
//! links to where it is corrected (P24), and that nobody sees another
//! person's. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use crate::data_support::fx_seeded;
use axum::body::Body;
use offerline::model::data::{CATEGORIES, category_of};
use serde_json::Value;

async fn summary(app: &axum::Router, cookie: &str) -> Value {
    let reply = call(app, "/api/data/summary", Some(cookie), &[]).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    serde_json::from_str(&reply.body).unwrap()
}

fn rows(summary: &Value, table: &str) -> i64 {
    summary["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == table)
        .map_or(-1, |t| t["rows"].as_i64().unwrap())
}

/// P23: the counts per category match what is stored.
#[tokio::test]
async fn p23_access_counts_every_category() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let s = summary(&app, &ana.cookie).await;
    assert_eq!(rows(&s, "users"), 1);
    assert_eq!(rows(&s, "boards"), 1);
    assert_eq!(rows(&s, "applications"), 3);
    assert_eq!(rows(&s, "companies"), 2, "Initech and Hooli");
    assert_eq!(rows(&s, "profiles"), 1);
    assert_eq!(rows(&s, "profile_experience"), 2);
    assert_eq!(rows(&s, "profile_education"), 1);
    assert_eq!(rows(&s, "profile_skills"), 3);
    assert_eq!(rows(&s, "sessions"), 1);
    assert_eq!(rows(&s, "analytics_events"), 0);
    assert!(rows(&s, "outbox") >= 1, "the verification email");
    assert!(rows(&s, "application_events") >= 4);
    let (id, ..) = user_row(&t, "ana@example.org").await;
    let stages: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stages WHERE user_id = $1")
        .bind(&id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(rows(&s, "stages"), stages);
    // Without a session there is nothing to see.
    let anonymous = call(&app, "/api/data/summary", None, &[]).await;
    assert_eq!(anonymous.status, 401);
}

/// P23 P29: the consent history and the sign-in history are shown, newest
/// first.
#[tokio::test]
async fn p23_access_shows_consent_and_sign_in_history() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Ben", "ben@example.org").await;
    let (id, ..) = user_row(&t, "ben@example.org").await;
    for (granted, at) in [(1, 1_000), (0, 2_000)] {
        sqlx::query(
            "INSERT INTO consents (id, user_id, purpose, granted, policy_version, source, created_at) \
             VALUES ($1, $2, 'analytics', $3, '2026-11-23', 'banner', $4)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(&id)
        .bind(granted)
        .bind(at)
        .execute(&t.db.pool)
        .await
        .unwrap();
    }
    let failed = sign_in(&app, "ben@example.org", "not the password at all").await;
    assert_eq!(failed.status, 422, "{}", failed.body);
    let again = sign_in(&app, "ben@example.org", PASSWORD).await;
    assert_eq!(again.status, 200);
    let s = summary(&app, &cookie).await;
    let consents = s["consents"].as_array().unwrap();
    assert_eq!(consents.len(), 2);
    assert_eq!(consents[0]["granted"], false, "the newest first");
    assert_eq!(consents[1]["granted"], true);
    assert_eq!(consents[0]["policy_version"], "2026-11-23");
    let kinds: Vec<&str> = s["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"signed_in") && kinds.contains(&"sign_in_failed"),
        "{kinds:?}"
    );
    assert_eq!(rows(&s, "consents"), 2);
    // The page shows them, translated.
    let page = page(&app, &cookie, "/settings/data").await;
    assert!(
        page.contains("Usage analytics") && page.contains("Refused"),
        "consents shown"
    );
    assert!(page.contains("Failed sign-in attempt"), "history shown");
}

/// P20 P23: every audited act of staff on the account is shown to its
/// owner, and only to them.
#[tokio::test]
async fn p20_p23_staff_access_is_visible_to_the_person() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let ana = sign_up(&app, "Ana", "ana@example.org").await;
    let bob = sign_up(&app, "Bob", "bob@example.org").await;
    let (ana_id, ..) = user_row(&t, "ana@example.org").await;
    let hash = offerline::server::admin::subject_hash(&state, &ana_id);
    sqlx::query(
        "INSERT INTO audit_log (id, actor_id, action, subject_hash, reason, created_at) \
         VALUES ($1, NULL, 'support.ticket_viewed', $2, 'ticket', 5000)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(&hash)
    .execute(&t.db.pool)
    .await
    .unwrap();
    let s = summary(&app, &ana).await;
    let staff = s["staff_access"].as_array().unwrap();
    assert_eq!(staff.len(), 1);
    assert_eq!(staff[0]["action"], "support.ticket_viewed");
    assert_eq!(staff[0]["at"], 5000);
    let other = summary(&app, &bob).await;
    assert!(other["staff_access"].as_array().unwrap().is_empty());
    let page = page(&app, &ana, "/settings/data").await;
    assert!(
        page.contains("Staff read your support request"),
        "shown on the page"
    );
    let none = page_of(&app, &bob).await;
    assert!(none.contains("No member of staff has accessed your data."));
}

/// P23 P20: one person's summary never counts another's rows.
#[tokio::test]
async fn p20_p23_access_counts_only_the_callers_rows() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let bob = sign_up(&app, "Bob", "bob@example.org").await;
    let s = summary(&app, &bob).await;
    for table in [
        "boards",
        "applications",
        "companies",
        "profile_skills",
        "stages",
    ] {
        assert_eq!(rows(&s, table), 0, "{table}");
    }
    assert_eq!(rows(&summary(&app, &ana.cookie).await, "boards"), 1);
}

/// P23 (DESIGN rule 5): every table of the live schema that holds user
/// rows is counted on the page under a named category, so nothing is held
/// that the person cannot see.
#[tokio::test]
async fn p23_every_personal_table_is_counted_under_a_category() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Cleo", "cleo@example.org").await;
    let s = summary(&app, &cookie).await;
    let tables = s["tables"].as_array().unwrap();
    assert!(tables.len() >= 18, "{tables:?}");
    for table in tables {
        let name = table["table"].as_str().unwrap();
        assert!(
            category_of(name).is_some(),
            "{name} holds user rows but no category of the access page names it"
        );
    }
    for category in CATEGORIES {
        for table in category.tables {
            assert!(
                rows(&s, table) >= 0,
                "{table} of {} is a live table",
                category.label
            );
        }
    }
}

async fn page(app: &axum::Router, cookie: &str, path: &str) -> String {
    let reply = send(
        app,
        get(path)
            .header("accept", "text/html")
            .header("cookie", cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 200);
    reply.body
}

async fn page_of(app: &axum::Router, cookie: &str) -> String {
    page(app, cookie, "/settings/data").await
}

/// P23 P24 P26: the page renders on the server (no JavaScript needed):
/// each category with its count and a link to where it is corrected, the
/// export button and the import form as plain forms.
#[tokio::test]
async fn p23_p24_page_lists_categories_with_counts_and_edit_links() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let body = page_of(&app, &ana.cookie).await;
    assert!(
        body.contains("Wat we over je bewaren"),
        "in the language of the profile (nl)"
    );
    assert!(body.contains("Sollicitaties (kaarten)"));
    assert!(
        body.contains("<td class=\"data-count\">3</td>"),
        "three cards counted"
    );
    for href in [
        "/settings/profile",
        "/boards",
        "/settings/sessions",
        "/settings",
    ] {
        assert!(
            body.contains(&format!("href=\"{href}\"")),
            "links to {href}"
        );
    }
    assert!(body.contains("action=\"/settings/data/export\""));
    assert!(
        body.contains("action=\"/settings/data/import\"") && body.contains("multipart/form-data")
    );
    assert!(body.contains("aria-current=\"page\"") && body.contains("href=\"/settings/data\""));
    let refused = page(
        &app,
        &ana.cookie,
        "/settings/data?import_error=error-data-import-not-empty",
    )
    .await;
    assert!(refused.contains("Dit account bevat al gegevens."));
    let done = page(&app, &ana.cookie, "/settings/data?notice=data-imported").await;
    assert!(done.contains("Je gegevens zijn geïmporteerd."));
}

/// P23: the page reads fully translated in every language: no missing key
/// and no raw placeholder, with staff access, consents and errors shown.
#[tokio::test]
async fn p23_page_is_translated_in_every_locale() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Gil", "gil@example.org").await;
    let (id, ..) = user_row(&t, "gil@example.org").await;
    sqlx::query(
        "INSERT INTO consents (id, user_id, purpose, granted, policy_version, source, created_at) \
         VALUES ($1, $2, 'analytics', 1, '2026-11-23', 'settings', 1000)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(&id)
    .execute(&t.db.pool)
    .await
    .unwrap();
    for locale in offerline::i18n::Locale::ALL {
        for query in [
            "",
            "?notice=data-imported",
            "?import_error=error-data-import-damaged",
            "?export_error=error-rate-limited",
        ] {
            let body = page(
                &app,
                &format!("offerline_locale={}; {cookie}", locale.tag()),
                &format!("/settings/data{query}"),
            )
            .await;
            assert!(body.contains(&format!("lang=\"{}\"", locale.tag())));
            assert!(
                !body.contains(offerline::i18n::MISSING_MARKER),
                "{locale:?} {query}: a missing key"
            );
            assert!(
                !body.contains("{ $") && !body.contains("{$"),
                "{locale:?} {query}: a raw placeholder"
            );
        }
    }
}
