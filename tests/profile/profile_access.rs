//! Who may touch a profile (P02, P24): another user's entries answer 404,
//! a signed-out caller gets 401. Each test runs on SQLite and on
//! PostgreSQL.

use crate::common::account::*;
use crate::common::profile::*;
use crate::common::*;

/// P02 P24: another user's experience, education and skills cannot be
/// changed or deleted: every such call answers 404 and changes nothing.
#[tokio::test]
async fn p02_another_users_entries_answer_not_found() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let owner = sign_up(&app, "Ana", "ana@example.org").await;
    let other = sign_up(&app, "Bo", "bo@example.org").await;
    ok(
        &app,
        "/api/profile/experience",
        &owner,
        &[
            ("title", "Dev"),
            ("company", "Acme"),
            ("start_month", "2020-01"),
            ("current", "on"),
        ],
    )
    .await;
    ok(
        &app,
        "/api/profile/education",
        &owner,
        &[("school", "UGent"), ("start_month", "2015-09")],
    )
    .await;
    ok(&app, "/api/profile/skills", &owner, &[("skill", "Rust")]).await;
    let before = profile(&app, &owner).await;
    let exp = before["experience"][0]["id"].as_str().unwrap().to_string();
    let edu = before["education"][0]["id"].as_str().unwrap().to_string();
    let skill = before["skills"][0]["id"].as_str().unwrap().to_string();

    let cases: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "/api/profile/experience",
            vec![
                ("id", &exp),
                ("title", "Mine"),
                ("company", "X"),
                ("start_month", "2020-01"),
                ("current", "on"),
            ],
        ),
        ("/api/profile/experience/delete", vec![("id", &exp)]),
        (
            "/api/profile/education",
            vec![("id", &edu), ("school", "Mine"), ("start_month", "2015-09")],
        ),
        ("/api/profile/education/delete", vec![("id", &edu)]),
        ("/api/profile/skills/delete", vec![("id", &skill)]),
    ];
    for (path, pairs) in &cases {
        let reply = call(&app, path, Some(&other), pairs).await;
        assert_eq!(reply.status, 404, "{path}: {}", reply.body);
        // Unknown ids answer the same.
        let mut unknown = pairs.clone();
        unknown.retain(|(k, _)| *k != "id");
        unknown.push(("id", "0190f4a8-0000-7000-8000-000000000000"));
        let reply = call(&app, path, Some(&owner), &unknown).await;
        assert_eq!(reply.status, 404, "{path} unknown id: {}", reply.body);
    }
    assert_eq!(profile(&app, &owner).await, before);
    let theirs = profile(&app, &other).await;
    assert_eq!(theirs["experience"], serde_json::json!([]));
    assert_eq!(theirs["skills"], serde_json::json!([]));
}

/// P02: without a session every profile server function answers 401.
#[tokio::test]
async fn p02_signed_out_callers_are_unauthorized() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cases: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/api/profile/get", vec![]),
        ("/api/profile/personal", personal(&[])),
        ("/api/profile/career", career(&[])),
        (
            "/api/profile/experience",
            vec![
                ("title", "Dev"),
                ("company", "Acme"),
                ("start_month", "2020-01"),
                ("current", "on"),
            ],
        ),
        ("/api/profile/experience/delete", vec![("id", "x")]),
        (
            "/api/profile/education",
            vec![("school", "UGent"), ("start_month", "2015-09")],
        ),
        ("/api/profile/education/delete", vec![("id", "x")]),
        ("/api/profile/skills", vec![("skill", "Rust")]),
        ("/api/profile/skills/delete", vec![("id", "x")]),
    ];
    for (path, pairs) in cases {
        let reply = call(&app, path, None, &pairs).await;
        assert_eq!(reply.status, 401, "{path}: {}", reply.body);
    }
    let zones = call(&app, "/api/profile/time-zones", None, &[]).await;
    assert_eq!(zones.status, 200);
    assert!(zones.body.contains("Europe/Brussels"));
}
