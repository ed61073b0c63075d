//! Boards and stages end to end through the router (P08): boards from
//! templates, stages edited and deleted. Each test runs on SQLite and on
//! PostgreSQL.

use crate::common::account::*;
use crate::common::boards::*;
use crate::common::*;

/// P08: a board made from the job-search template has its seven stages,
/// in order, with their kinds; the board list counts its cards.
#[tokio::test]
async fn p08_a_board_from_a_template_has_its_stages_in_order() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "ana@example.org").await;
    let b = board(&app, &f).await;
    let names: Vec<&str> = b["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Wishlist",
            "Applied",
            "Screening",
            "Interviewing",
            "Offer",
            "Rejected",
            "Ghosted"
        ]
    );
    let kinds: Vec<&str> = b["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["open", "open", "open", "open", "won", "lost", "lost"]
    );

    let wishlist = stage(&app, &f, "Wishlist").await;
    add(&app, &f, &wishlist, "Backend engineer", "Acme").await;
    let list = ok(&app, "/api/boards/list", &f.cookie, &[]).await;
    assert_eq!(list[0]["name"], "Autumn 2026 search");
    assert_eq!(list[0]["cards"], 1);

    // A second template, and an unknown one refused at its field.
    ok(
        &app,
        "/api/boards/create",
        &f.cookie,
        &[("name", "Short"), ("template", "simple")],
    )
    .await;
    let reply = call(
        &app,
        "/api/boards/create",
        Some(&f.cookie),
        &[("name", "X"), ("template", "nope")],
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("template"), "{}", reply.body);
}

/// P08: stages are added, edited, reordered, and deleted with their cards
/// moved to a chosen stage; a board is deleted only when confirmed.
#[tokio::test]
async fn p08_stages_change_and_a_deleted_stage_hands_over_its_cards() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "dan@example.org").await;
    let ghosted = stage(&app, &f, "Ghosted").await;
    let rejected = stage(&app, &f, "Rejected").await;
    add(&app, &f, &rejected, "R1", "").await;
    add(&app, &f, &ghosted, "G1", "").await;
    add(&app, &f, &ghosted, "G2", "").await;

    let b = f.board.as_str();
    let reply = call(
        &app,
        "/api/stages/delete",
        Some(&f.cookie),
        &[("board_id", b), ("id", &ghosted)],
    )
    .await;
    assert_eq!(reply.status, 422, "cards need a stage to go to");
    ok(
        &app,
        "/api/stages/delete",
        &f.cookie,
        &[("board_id", b), ("id", &ghosted), ("move_to", &rejected)],
    )
    .await;
    let cols = columns(&app, &f).await;
    assert_eq!(
        cols.last().unwrap(),
        &(
            "Rejected".to_string(),
            vec!["R1".to_string(), "G1".into(), "G2".into()]
        )
    );

    let added = ok(
        &app,
        "/api/stages/add",
        &f.cookie,
        &[
            ("board_id", b),
            ("name", "On hold"),
            ("color", "pink"),
            ("kind", "open"),
        ],
    )
    .await;
    let added = added.as_str().unwrap();
    ok(
        &app,
        "/api/stages/shift",
        &f.cookie,
        &[("board_id", b), ("id", added), ("step", "-1")],
    )
    .await;
    ok(
        &app,
        "/api/stages/update",
        &f.cookie,
        &[
            ("board_id", b),
            ("id", added),
            ("name", "Paused"),
            ("color", "teal"),
            ("kind", "lost"),
        ],
    )
    .await;
    let names: Vec<String> = columns(&app, &f)
        .await
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        names[names.len() - 2..],
        ["Paused".to_string(), "Rejected".into()]
    );
    let reply = call(
        &app,
        "/api/stages/update",
        Some(&f.cookie),
        &[
            ("board_id", b),
            ("id", added),
            ("name", ""),
            ("color", "mauve"),
            ("kind", "open"),
        ],
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(
        reply.body.contains("color") && reply.body.contains("name"),
        "{}",
        reply.body
    );

    let reply = call(&app, "/api/boards/delete", Some(&f.cookie), &[("id", b)]).await;
    assert_eq!(reply.status, 422, "not without confirmation");
    ok(
        &app,
        "/api/boards/delete",
        &f.cookie,
        &[("id", b), ("confirm", "on")],
    )
    .await;
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM applications")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
    let (events,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM application_events")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(events, 0);
}
