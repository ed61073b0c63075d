//! First-party usage analytics through the router (P05): nothing without
//! consent or from a person who restricted or objected to it; events keep
//! only the network and the parsed agent. The daily counts, the prune and
//! the dashboard are in `analytics_aggregates.rs`. Each test runs on SQLite
//! and on PostgreSQL.

#![allow(clippy::type_complexity)]

use crate::common::account::*;
use crate::common::analytics::*;
use crate::common::mail::count;
use crate::common::*;

/// Every column of every event, as text, to look for what must not be there.
async fn all_event_text(t: &TestDb) -> String {
    let rows: Vec<(
        String,
        Option<String>,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    )> = sqlx::query_as(
        "SELECT id, user_id, visit_id, kind, name, browser, browser_version || ' ' || os, \
             device, ip_prefix FROM analytics_events",
    )
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    format!("{rows:?}")
}

/// P05 P29: without a choice, after a rejection, or through the beacon
/// without consent, nothing is recorded and no visit cookie is set.
#[tokio::test]
async fn p05_nothing_is_recorded_without_consent() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    for cookie in ["".to_string(), consent_cookie(&t, false).await] {
        let reply = page(&app, "/privacy", &cookie, "203.0.113.7").await;
        assert_eq!(reply.status, 200);
        assert!(!format!("{:?}", reply.headers).contains("offerline_visit=0"));
        let beacon = call(
            &app,
            "/api/analytics/beacon",
            Some(&format!("{cookie}; offerline_visit={VISIT}")),
            &[
                ("kind", "leave"),
                ("path", "/privacy"),
                ("duration_ms", "5000"),
            ],
        )
        .await;
        assert_eq!(beacon.status, 200, "{}", beacon.body);
    }
    // A stale visit cookie without consent is deleted.
    let reply = page(
        &app,
        "/",
        &format!("offerline_visit={VISIT}"),
        "203.0.113.7",
    )
    .await;
    let cleared = reply
        .headers
        .get_all("set-cookie")
        .iter()
        .any(|v| v.to_str().unwrap().starts_with("offerline_visit=;"));
    assert!(cleared);
    assert_eq!(count(&t, "SELECT COUNT(*) FROM analytics_events").await, 0);
}

/// P05: with consent, a page view and a feature use are stored with the
/// client's /24 or /48 network and the parsed browser, system and device;
/// never the address or the user agent itself.
#[tokio::test]
async fn p05_events_keep_the_network_and_the_parsed_agent_only() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let granted = consent_cookie(&t, true).await;
    let session = sign_up(&app, "Ana Lytics", "ana@example.org").await;
    let signed_in = format!("{session}; {granted}");
    let board = call(
        &app,
        "/api/boards/create",
        Some(&signed_in),
        &[("name", "Hunt"), ("template", "job-search")],
    )
    .await;
    let board: serde_json::Value = serde_json::from_str(&board.body).unwrap();
    let board = board.as_str().unwrap().to_string();
    let first = page(
        &app,
        &format!("/boards/{board}?q=secret"),
        &signed_in,
        "203.0.113.77",
    )
    .await;
    assert_eq!(first.status, 200);
    let visit = first
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("offerline_visit="))
        .expect("a visit cookie after consent")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    page(
        &app,
        "/privacy",
        &format!("{granted}; {visit}"),
        "2001:db8:abcd:12:3456::1",
    )
    .await;
    let beacon = call(
        &app,
        "/api/analytics/beacon",
        Some(&format!("{granted}; {visit}")),
        &[
            ("kind", "leave"),
            ("path", "/privacy?x=1"),
            ("duration_ms", "4200"),
        ],
    )
    .await;
    assert_eq!(beacon.status, 200, "{}", beacon.body);

    let cookie = format!("{signed_in}; {visit}");
    let detail = call(&app, "/api/boards/get", Some(&cookie), &[("id", &board)]).await;
    let detail: serde_json::Value = serde_json::from_str(&detail.body).unwrap();
    let stage = |i: usize| detail["stages"][i]["id"].as_str().unwrap().to_string();
    let added = call(
        &app,
        "/api/cards/add",
        Some(&cookie),
        &[
            ("board_id", &board),
            ("stage_id", &stage(0)),
            ("title", "Engineer"),
        ],
    )
    .await;
    let card: serde_json::Value = serde_json::from_str(&added.body).unwrap();
    let moved = call(
        &app,
        "/api/cards/move",
        Some(&cookie),
        &[
            ("id", card["id"].as_str().unwrap()),
            ("stage_id", &stage(1)),
        ],
    )
    .await;
    assert_eq!(moved.status, 200, "{}", moved.body);

    let rows: Vec<(
        String,
        String,
        Option<i64>,
        String,
        String,
        String,
        String,
        String,
    )> = sqlx::query_as(
        "SELECT kind, name, duration_ms, browser, browser_version, os, device, ip_prefix \
         FROM analytics_events ORDER BY created_at, id",
    )
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    let firefox = |kind: &str, name: &str, ms: Option<i64>, net: &str| {
        (
            kind.to_string(),
            name.to_string(),
            ms,
            "Firefox".to_string(),
            "131".to_string(),
            "Linux".to_string(),
            "desktop".to_string(),
            net.to_string(),
        )
    };
    assert_eq!(
        rows,
        vec![
            firefox("page_view", "/boards/:id", None, "203.0.113.0/24"),
            firefox("page_view", "/privacy", None, "2001:db8:abcd::/48"),
            firefox("page_time", "/privacy", Some(4200), "203.0.113.0/24"),
            firefox("feature", "card_moved", None, "203.0.113.0/24"),
        ]
    );
    let (user_id, ..) = user_row(&t, "ana@example.org").await;
    let owner: Option<String> =
        sqlx::query_scalar("SELECT user_id FROM analytics_events WHERE kind = 'feature'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(
        owner.as_deref(),
        Some(user_id.as_str()),
        "erasure follows the account"
    );
    let text = all_event_text(&t).await;
    for never in [
        "203.0.113.77",
        "3456::1",
        "Gecko",
        "Mozilla",
        "X11",
        "secret",
        board.as_str(),
    ] {
        assert!(!text.contains(never), "{never} was stored: {text}");
    }
}
