//! Cards end to end through the router (P03, P08): added, moved and
//! corrected with their history, companies merged by name, duplicates and
//! ghosted hints. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::boards::*;
use crate::common::*;

/// P03 P08: a card moves between stages and within one; entering
/// "Applied", or an open stage past it, sets the applied date; every move and correction is on the
/// card's timeline.
#[tokio::test]
async fn p03_p08_cards_move_and_keep_their_history() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "ben@example.org").await;
    let wishlist = stage(&app, &f, "Wishlist").await;
    let applied = stage(&app, &f, "Applied").await;
    let a = add(&app, &f, &wishlist, "A", "Acme").await;
    let b = add(&app, &f, &wishlist, "B", "").await;
    let c = add(&app, &f, &wishlist, "C", "").await;

    ok(
        &app,
        "/api/cards/move",
        &f.cookie,
        &[("id", &c), ("stage_id", &wishlist), ("before", &a)],
    )
    .await;
    ok(
        &app,
        "/api/cards/move",
        &f.cookie,
        &[("id", &b), ("stage_id", &applied)],
    )
    .await;
    let cols = columns(&app, &f).await;
    assert_eq!(cols[0].1, ["C", "A"]);
    assert_eq!(cols[1].1, ["B"]);

    let card = ok(&app, "/api/cards/get", &f.cookie, &[("id", &b)]).await;
    assert!(
        card["applied_on"].as_str().is_some_and(|d| d.len() == 10),
        "{card}"
    );
    let kinds: Vec<&str> = card["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["created", "stage", "field"]);
    assert_eq!(card["events"][1]["old_value"], "Wishlist");
    assert_eq!(card["events"][1]["new_value"], "Applied");

    // Corrections: only what changed is recorded.
    let mut form = vec![
        ("id", a.as_str()),
        ("title", "A, senior"),
        ("company", "ACME"),
        ("excitement", "4"),
        ("tags", "rust, remote"),
    ];
    ok(&app, "/api/cards/update", &f.cookie, &form).await;
    let card = ok(&app, "/api/cards/get", &f.cookie, &[("id", &a)]).await;
    let fields: Vec<&str> = card["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "field")
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["title", "excitement", "tags"],
        "same company in another case is no change"
    );
    assert_eq!(card["tags"], serde_json::json!(["rust", "remote"]));
    ok(&app, "/api/cards/update", &f.cookie, &form).await;
    let again = ok(&app, "/api/cards/get", &f.cookie, &[("id", &a)]).await;
    assert_eq!(
        again["events"].as_array().unwrap().len(),
        card["events"].as_array().unwrap().len()
    );

    // Bad values come back at their fields, all at once.
    form = vec![
        ("id", a.as_str()),
        ("title", ""),
        ("job_url", "javascript:alert(1)"),
        ("deadline", "2026-13-01"),
        ("salary_min", "9"),
        ("salary_max", "1"),
    ];
    let reply = call(&app, "/api/cards/update", Some(&f.cookie), &form).await;
    assert_eq!(reply.status, 422);
    for key in [
        "error-required",
        "error-url-invalid",
        "error-date-invalid",
        "error-salary-range",
    ] {
        assert!(reply.body.contains(key), "{key}: {}", reply.body);
    }

    // Archived cards leave the board and come back.
    ok(
        &app,
        "/api/cards/archive",
        &f.cookie,
        &[("id", &c), ("archived", "true")],
    )
    .await;
    assert_eq!(columns(&app, &f).await[0].1, ["A, senior"]);
    ok(
        &app,
        "/api/cards/archive",
        &f.cookie,
        &[("id", &c), ("archived", "false")],
    )
    .await;
    assert_eq!(columns(&app, &f).await[0].1, ["C", "A, senior"]);

    // Past "Applied" counts as applied too; a lost stage does not.
    let interviewing = stage(&app, &f, "Interviewing").await;
    let rejected = stage(&app, &f, "Rejected").await;
    let screening = stage(&app, &f, "Screening").await;
    ok(
        &app,
        "/api/cards/move",
        &f.cookie,
        &[("id", &a), ("stage_id", &interviewing)],
    )
    .await;
    ok(
        &app,
        "/api/cards/move",
        &f.cookie,
        &[("id", &c), ("stage_id", &rejected)],
    )
    .await;
    let d = add(&app, &f, &screening, "D", "").await;
    for (id, applied) in [(&a, true), (&c, false), (&d, true)] {
        let card = ok(&app, "/api/cards/get", &f.cookie, &[("id", id)]).await;
        assert_eq!(card["applied_on"].is_string(), applied, "{card}");
    }
}

/// P03: a company typed in any case is one record, with its applications.
#[tokio::test]
async fn p03_companies_are_one_record_per_name_in_any_case() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "cleo@example.org").await;
    let wishlist = stage(&app, &f, "Wishlist").await;
    add(&app, &f, &wishlist, "One", "Acme Labs").await;
    let two = add(&app, &f, &wishlist, "Two", "  acme   LABS ").await;
    let names = ok(&app, "/api/companies/names", &f.cookie, &[]).await;
    assert_eq!(names, serde_json::json!(["Acme Labs"]));
    let card = ok(&app, "/api/cards/get", &f.cookie, &[("id", &two)]).await;
    let company_id = card["company_id"].as_str().unwrap().to_string();
    let company = ok(
        &app,
        "/api/companies/get",
        &f.cookie,
        &[("id", &company_id)],
    )
    .await;
    assert_eq!(company["applications"].as_array().unwrap().len(), 2);
    ok(
        &app,
        "/api/companies/update",
        &f.cookie,
        &[
            ("id", &company_id),
            ("name", "Acme"),
            ("website", "https://acme.example"),
        ],
    )
    .await;
    let reply = call(
        &app,
        "/api/companies/update",
        Some(&f.cookie),
        &[("id", &company_id), ("name", "Acme"), ("website", "acme")],
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("error-url-invalid"));
}

/// P08: adding a job that is already on a board (same link, or same
/// company and title) warns and names the earlier card; applied cards
/// quiet for longer than the board's setting look ghosted.
#[tokio::test]
async fn p08_duplicates_are_flagged_and_quiet_applied_cards_look_ghosted() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "gia@example.org").await;
    let wishlist = stage(&app, &f, "Wishlist").await;
    let applied = stage(&app, &f, "Applied").await;
    let first = add(&app, &f, &wishlist, "Rust engineer", "Acme").await;
    let pairs = [
        ("board_id", f.board.as_str()),
        ("stage_id", wishlist.as_str()),
        ("title", "RUST ENGINEER"),
        ("company", "acme"),
    ];
    let again = ok(&app, "/api/cards/add", &f.cookie, &pairs).await;
    assert_eq!(again["duplicate"]["id"], first.as_str());
    assert_eq!(again["duplicate"]["board_name"], "Autumn 2026 search");
    let other = ok(
        &app,
        "/api/cards/add",
        &f.cookie,
        &[
            ("board_id", &f.board),
            ("stage_id", &wishlist),
            ("title", "Rust engineer"),
            ("company", "Globex"),
        ],
    )
    .await;
    assert!(
        other["duplicate"].is_null(),
        "another company is another job"
    );

    ok(
        &app,
        "/api/cards/move",
        &f.cookie,
        &[("id", &first), ("stage_id", &applied)],
    )
    .await;
    let card = |b: &serde_json::Value| b["stages"][1]["cards"][0].clone();
    let fresh = card(&board(&app, &f).await);
    assert_eq!(fresh["idle_days"], 0);
    sqlx::query("UPDATE applications SET updated_at = updated_at - $1 WHERE id = $2")
        .bind(30_i64 * 86_400_000)
        .bind(&first)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let b = board(&app, &f).await;
    assert_eq!(b["ghost_days"], 21);
    assert_eq!(card(&b)["idle_days"], 30);
    assert!(card(&b)["applied_on"].is_string());

    ok(
        &app,
        "/api/boards/rename",
        &f.cookie,
        &[("id", &f.board), ("name", "Renamed"), ("ghost_days", "45")],
    )
    .await;
    assert_eq!(board(&app, &f).await["ghost_days"], 45);
    let reply = call(
        &app,
        "/api/boards/rename",
        Some(&f.cookie),
        &[("id", &f.board), ("name", "Renamed"), ("ghost_days", "0")],
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("ghost_days"));
}
