//! Who may see a board (P03): every board, stage, card and company
//! server function answers 404 for another user's records and 401 to a
//! visitor, and a board's CSV export goes to its owner only. Each test runs
//! on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::boards::*;
use crate::common::*;

/// Another user's board, stage, card and company answer 404 from every
/// server function, and stay as they were; a visitor gets 401.
#[tokio::test]
async fn another_users_boards_stages_cards_and_companies_answer_404() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let owner = fx_board(&app, "owner@example.org").await;
    let wishlist = stage(&app, &owner, "Wishlist").await;
    let applied = stage(&app, &owner, "Applied").await;
    let card = add(&app, &owner, &wishlist, "Secret job", "Secret Co").await;
    let card_json = ok(&app, "/api/cards/get", &owner.cookie, &[("id", &card)]).await;
    let company = card_json["company_id"].as_str().unwrap().to_string();
    let before = board(&app, &owner).await;

    let other = fx_board(&app, "other@example.org").await;
    let their_stage = stage(&app, &other, "Wishlist").await;
    let b = owner.board.as_str();
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/api/boards/get", vec![("id", b)]),
        ("/api/boards/rename", vec![("id", b), ("name", "Mine now")]),
        ("/api/boards/archive", vec![("id", b), ("archived", "true")]),
        ("/api/boards/delete", vec![("id", b), ("confirm", "on")]),
        (
            "/api/stages/add",
            vec![
                ("board_id", b),
                ("name", "X"),
                ("color", "red"),
                ("kind", "open"),
            ],
        ),
        (
            "/api/stages/update",
            vec![
                ("board_id", b),
                ("id", &wishlist),
                ("name", "X"),
                ("color", "red"),
                ("kind", "open"),
            ],
        ),
        (
            "/api/stages/shift",
            vec![("board_id", b), ("id", &wishlist), ("step", "1")],
        ),
        (
            "/api/stages/delete",
            vec![("board_id", b), ("id", &wishlist), ("move_to", &applied)],
        ),
        (
            "/api/cards/add",
            vec![
                ("board_id", b),
                ("stage_id", &wishlist),
                ("title", "Planted"),
            ],
        ),
        ("/api/cards/get", vec![("id", &card)]),
        (
            "/api/cards/move",
            vec![("id", &card), ("stage_id", &applied)],
        ),
        (
            "/api/cards/move",
            vec![("id", &card), ("stage_id", &their_stage)],
        ),
        (
            "/api/cards/update",
            vec![("id", &card), ("title", "Changed")],
        ),
        (
            "/api/cards/archive",
            vec![("id", &card), ("archived", "true")],
        ),
        ("/api/companies/get", vec![("id", &company)]),
        ("/api/insights/get", vec![("board", b)]),
        (
            "/api/companies/update",
            vec![("id", &company), ("name", "Changed")],
        ),
    ];
    for (path, pairs) in &calls {
        let reply = call(&app, path, Some(&other.cookie), pairs).await;
        assert_eq!(
            reply.status, 404,
            "{path} answered {}: {}",
            reply.status, reply.body
        );
        assert!(
            !reply.body.contains("Secret"),
            "{path} leaked: {}",
            reply.body
        );
        let anonymous = call(&app, path, None, pairs).await;
        assert_eq!(anonymous.status, 401, "{path} without a session");
    }
    assert_eq!(board(&app, &owner).await, before, "nothing changed");

    // Lists show only the caller's own records.
    for path in ["/api/boards/list", "/api/companies/names"] {
        let reply = call(&app, path, Some(&other.cookie), &[]).await;
        assert_eq!(reply.status, 200, "{path}: {}", reply.body);
        assert!(
            !reply.body.contains("Secret") && !reply.body.contains(b),
            "{path} leaked: {}",
            reply.body
        );
        assert_eq!(
            call(&app, path, None, &[]).await.status,
            401,
            "{path} without a session"
        );
    }

    // Every server function of these domains is in the table above, or
    // named here with where its access is proven, so none is forgotten.
    let proven_elsewhere = [
        "/api/boards/list",
        "/api/companies/names",
        // Creates the caller's own board; nothing of anyone else's is named.
        "/api/boards/create",
        // import.rs: p03_uploads_are_their_owners_and_bad_files_are_explained.
        "/api/imports/preview",
        "/api/imports/run",
    ];
    let domains = [
        "/api/boards/",
        "/api/stages/",
        "/api/cards/",
        "/api/companies/",
        "/api/insights/",
        "/api/imports/",
    ];
    let tested: Vec<&str> = calls.iter().map(|(path, _)| *path).collect();
    let mut seen = 0;
    for (path, _) in leptos::server_fn::axum::server_fn_paths() {
        if domains.iter().any(|d| path.starts_with(d)) {
            seen += 1;
            assert!(
                tested.contains(&path) || proven_elsewhere.contains(&path),
                "{path} has no access test"
            );
        }
    }
    assert!(seen >= 20, "only {seen} server functions were listed");
    let company_now = ok(
        &app,
        "/api/companies/get",
        &owner.cookie,
        &[("id", &company)],
    )
    .await;
    assert_eq!(company_now["name"], "Secret Co");
}

/// P08: a board downloads as CSV, formulas defused; not someone else's.
#[tokio::test]
async fn p08_a_board_exports_as_csv_for_its_owner_only() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "hana@example.org").await;
    let wishlist = stage(&app, &f, "Wishlist").await;
    add(&app, &f, &wishlist, "Rust engineer", "Acme, Inc.").await;
    add(&app, &f, &wishlist, "=cmd()", "").await;
    let path = format!("/boards/{}/export.csv", f.board);
    let reply = send(
        &app,
        get(&path)
            .header("cookie", &f.cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.headers["content-type"], "text/csv; charset=utf-8");
    let mut lines = reply.body.lines();
    assert!(lines.next().unwrap().starts_with("Title,Company,Stage,"));
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("Rust engineer,\"Acme, Inc.\",Wishlist,")
    );
    assert!(lines.next().unwrap().starts_with("'=cmd(),,Wishlist,"));

    let other = sign_up(&app, "Other", "ivo@example.org").await;
    let reply = send(
        &app,
        get(&path)
            .header("cookie", &other)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 404);
    assert!(!reply.body.contains("Rust"));
    let reply = send(&app, get(&path).body(axum::body::Body::empty()).unwrap()).await;
    assert_eq!(reply.status, 401);
}
