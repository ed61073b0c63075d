//! Usage aggregates (P13, P20): raw events are pruned after the configured
//! period while the anonymous daily counts stay, and the dashboard is for
//! staff and shows no person. Each test runs on SQLite and on PostgreSQL.

#![allow(clippy::type_complexity)]

use crate::common::account::*;
use crate::common::analytics::*;
use crate::common::mail::count;
use crate::common::*;
use axum::body::Body;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// P05 P27 P28: a signed-in person who restricted processing, or objected
/// to analytics, is not counted, whatever their cookie choice.
#[tokio::test]
async fn p05_a_person_who_restricted_or_objected_is_not_counted() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let granted = consent_cookie(&t, true).await;
    for (email, sql) in [
        (
            "rita@example.org",
            "UPDATE users SET restricted_at = 1 WHERE email = $1",
        ),
        (
            "otto@example.org",
            "UPDATE users SET objects_analytics = 1 WHERE email = $1",
        ),
    ] {
        let session = sign_up(&app, "Private Person", email).await;
        sqlx::query(sql)
            .bind(email)
            .execute(&t.db.pool)
            .await
            .unwrap();
        let cookie = format!("{session}; {granted}; offerline_visit={VISIT}");
        let reply = page(&app, "/boards", &cookie, "198.51.100.4").await;
        assert_eq!(reply.status, 200);
        call(
            &app,
            "/api/analytics/beacon",
            Some(&cookie),
            &[("kind", "view"), ("path", "/insights")],
        )
        .await;
    }
    assert_eq!(count(&t, "SELECT COUNT(*) FROM analytics_events").await, 0);
}

async fn insert_event(t: &TestDb, kind: &str, name: &str, visit: &str, at: i64, ms: Option<i64>) {
    sqlx::query(
        "INSERT INTO analytics_events (id, user_id, visit_id, kind, name, duration_ms, browser, \
         browser_version, os, device, ip_prefix, created_at) \
         VALUES ($1, NULL, $2, $3, $4, $5, 'Firefox', '131', 'Linux', 'desktop', '203.0.113.0/24', $6)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(visit)
    .bind(kind)
    .bind(name)
    .bind(ms)
    .bind(at)
    .execute(&t.db.pool)
    .await
    .unwrap();
}

/// P13: the prune job deletes raw events older than the configured period
/// (`OFFERLINE_ANALYTICS_RETENTION_DAYS`), after rolling every finished day
/// into anonymous daily counts, which stay.
#[tokio::test]
async fn p13_prune_removes_old_raw_events_and_keeps_daily_counts() {
    let t = fx_db().await;
    let state = fx_state_with(&t, &[("OFFERLINE_ANALYTICS_RETENTION_DAYS", "30")]);
    assert_eq!(state.config.analytics_retention_days, 30);
    let now = offerline::server::time::now_ms();
    let old_day = (now - 40 * DAY_MS).div_euclid(DAY_MS) * DAY_MS + 3600 * 1000;
    insert_event(&t, "page_view", "/boards", "a", old_day, None).await;
    insert_event(
        &t,
        "page_time",
        "/boards",
        "a",
        old_day + 60_000,
        Some(60_000),
    )
    .await;
    insert_event(&t, "page_view", "/boards", "b", old_day + 120_000, None).await;
    insert_event(&t, "feature", "card_moved", "b", old_day + 180_000, None).await;
    insert_event(&t, "page_view", "/insights", "c", now - DAY_MS, None).await;

    offerline::server::jobs::enqueue(
        &state.db,
        offerline::server::jobs::NewJob::new("analytics.prune"),
    )
    .await
    .unwrap();
    run_jobs(&state).await;

    assert_eq!(
        count(&t, "SELECT COUNT(*) FROM analytics_events").await,
        1,
        "only the recent event is left"
    );
    let day = offerline::server::privacy::analytics::rollup::day_of(old_day);
    let daily: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT metric, dimension, value FROM analytics_daily WHERE day = $1 ORDER BY metric, dimension",
    )
    .bind(&day)
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    let get = |metric: &str, dim: &str| {
        daily
            .iter()
            .find(|(m, d, _)| m == metric && d == dim)
            .map(|r| r.2)
    };
    assert_eq!(get("page_views", "/boards"), Some(2));
    assert_eq!(get("feature", "card_moved"), Some(1));
    assert_eq!(get("visits", ""), Some(2));
    assert_eq!(get("page_time_ms", "/boards"), Some(60_000));
    assert_eq!(get("browser", "Firefox 131"), Some(2));
    assert_eq!(get("device", "desktop"), Some(2));
    assert_eq!(get("events", ""), Some(4));
    // Each visit lasted a minute: a from its first page to the time
    // reported on it, b from its page to the card it moved.
    assert_eq!(get("visit_ms", ""), Some(60_000 + 60_000));

    // Running again counts nothing twice.
    offerline::server::privacy::analytics::rollup::rollup(&state, now)
        .await
        .unwrap();
    let again: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM analytics_daily WHERE day = $1")
        .bind(&day)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(again, daily.len() as i64);
}

/// P13 P20: the dashboard is for staff only (anyone else: not found) and
/// shows daily totals, with no person, visit or network in it.
#[tokio::test]
async fn p13_the_dashboard_is_for_staff_and_shows_no_person() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let user = sign_up(&app, "Una User", "una@example.org").await;
    let staff = sign_up(&app, "Ada Admin", "ada@example.org").await;
    make_staff(&t, "ada@example.org", "admin").await;
    let (una_id, ..) = user_row(&t, "una@example.org").await;
    let yesterday = offerline::server::time::now_ms() - DAY_MS;
    for (visit, path) in [
        ("v-one", "/boards"),
        ("v-two", "/boards"),
        ("v-two", "/insights"),
    ] {
        insert_event(&t, "page_view", path, visit, yesterday, None).await;
    }
    sqlx::query("UPDATE analytics_events SET user_id = $1 WHERE visit_id = 'v-one'")
        .bind(&una_id)
        .execute(&t.db.pool)
        .await
        .unwrap();
    offerline::server::privacy::analytics::rollup::rollup(
        &state,
        offerline::server::time::now_ms(),
    )
    .await
    .unwrap();

    assert_eq!(
        call(&app, "/api/analytics/dashboard", Some(&user), &[])
            .await
            .status,
        404
    );
    assert_eq!(
        call(&app, "/api/analytics/dashboard", None, &[])
            .await
            .status,
        401
    );
    let page_for = |cookie: &str| {
        get("/admin/analytics")
            .header("accept", "text/html")
            .header("cookie", cookie)
            .body(Body::empty())
            .unwrap()
    };
    assert_eq!(send(&app, page_for(&user)).await.status, 404);

    let data = call(&app, "/api/analytics/dashboard", Some(&staff), &[]).await;
    assert_eq!(data.status, 200, "{}", data.body);
    let json: serde_json::Value = serde_json::from_str(&data.body).unwrap();
    assert_eq!(json["visits"], 2);
    assert_eq!(json["pages"][0]["path"], "/boards");
    assert_eq!(json["pages"][0]["views"], 2);
    assert_eq!(json["views_per_day"].as_array().unwrap().len(), 30);
    let html = send(&app, page_for(&staff)).await;
    assert_eq!(html.status, 200);
    assert!(html.body.contains("Usage analytics") && html.body.contains("/insights"));
    for body in [&data.body, &html.body] {
        for never in [
            una_id.as_str(),
            "v-one",
            "v-two",
            "203.0.113",
            "una@example.org",
            "Una User",
        ] {
            assert!(!body.contains(never), "{never} shown");
        }
    }
}
