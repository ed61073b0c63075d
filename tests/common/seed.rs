//! An account seeded through the real server functions with something in
//! every field a person fills in: profile, career preferences, jobs,
//! courses, skills, a board with an extra stage, cards with every field,
//! moves, an archived card, and a company with all its details. The export,
//! import and access tests use it; `every_table.rs` adds the rest of the
//! personal tables for the erasure tests.
#![allow(dead_code)]

use super::account::{call, me};
use super::boards::{fx_board, ok, stage};
use axum::Router;

/// A seeded account: its session cookie, its id and what it was given.
pub struct Seeded {
    pub cookie: String,
    pub user_id: String,
    pub board: String,
    pub cards: Vec<String>,
}

async fn post(app: &Router, path: &str, cookie: &str, pairs: &[(&str, &str)]) {
    let reply = call(app, path, Some(cookie), pairs).await;
    assert_eq!(reply.status, 200, "{path}: {}", reply.body);
}

/// Signs `email` up and fills every part of the account a person edits:
/// profile, career preferences, jobs, courses, skills, a board with an
/// extra stage, cards with every field, moves, an archived card, and a
/// company with all its details.
pub async fn fx_seeded(app: &Router, email: &str, name: &str) -> Seeded {
    let f = fx_board(app, email).await;
    let cookie = f.cookie.clone();
    post(
        app,
        "/api/profile/personal",
        &cookie,
        &[
            ("name", name),
            ("phone", "0470 12 34 56"),
            ("city", "Gent"),
            ("region", "Oost-Vlaanderen"),
            ("country", "be"),
            ("time_zone", "Europe/Brussels"),
            ("locale", "nl"),
        ],
    )
    .await;
    post(
        app,
        "/api/profile/career",
        &cookie,
        &[
            ("desired_titles", "Backend engineer, SRE"),
            ("desired_locations", "Gent\nBrussel"),
            ("mode_remote", "on"),
            ("mode_hybrid", "on"),
            ("type_full_time", "on"),
            ("type_freelance", "on"),
            ("salary_min", "50000"),
            ("salary_max", "65000"),
            ("salary_currency", "EUR"),
            ("salary_period", "year"),
            ("notice_weeks", "4"),
        ],
    )
    .await;
    for (title, company, start, end) in [
        ("Developer", "Acme", "2020-01", "2022-06"),
        ("Senior developer", "Globex", "2022-07", ""),
    ] {
        let mut form = vec![
            ("title", title),
            ("company", company),
            ("start_month", start),
            ("end_month", end),
            ("description", "Built things; kept them running."),
        ];
        if end.is_empty() {
            form.push(("current", "on"));
        }
        post(app, "/api/profile/experience", &cookie, &form).await;
    }
    post(
        app,
        "/api/profile/education",
        &cookie,
        &[
            ("school", "UGent"),
            ("degree", "MSc"),
            ("field", "Computer science"),
            ("start_month", "2014-09"),
            ("end_month", "2019-06"),
        ],
    )
    .await;
    for skill in ["Rust", "PostgreSQL", "Kubernetes"] {
        post(app, "/api/profile/skills", &cookie, &[("skill", skill)]).await;
    }
    let board = f.board.clone();
    ok(
        app,
        "/api/stages/add",
        &cookie,
        &[
            ("board_id", &board),
            ("name", "Take-home"),
            ("color", "purple"),
            ("kind", "open"),
        ],
    )
    .await;
    let wishlist = stage(app, &f, "Wishlist").await;
    let applied = stage(app, &f, "Applied").await;
    let mut cards = Vec::new();
    for (title, company) in [
        ("Platform engineer", "Initech"),
        ("Backend developer", "Hooli"),
        ("Site reliability engineer", "Initech"),
    ] {
        let added = ok(
            app,
            "/api/cards/add",
            &cookie,
            &[
                ("board_id", &board),
                ("stage_id", &wishlist),
                ("title", title),
                ("company", company),
            ],
        )
        .await;
        cards.push(added["id"].as_str().unwrap().to_string());
    }
    post(
        app,
        "/api/cards/update",
        &cookie,
        &[
            ("id", &cards[0]),
            ("title", "Platform engineer (senior)"),
            ("company", "Initech"),
            ("job_url", "https://jobs.example.org/initech/42"),
            ("description", "Run the platform.\nOn call one week in six."),
            ("location", "Gent"),
            ("work_mode", "hybrid"),
            ("salary_min", "60000"),
            ("salary_max", "72000"),
            ("salary_currency", "EUR"),
            ("salary_period", "year"),
            ("job_type", "full-time"),
            ("source", "Referral"),
            ("deadline", "2026-12-20"),
            ("applied_on", "2026-11-30"),
            ("excitement", "5"),
            ("tags", "rust, platform"),
            ("notes", "Ask about the on-call rota."),
        ],
    )
    .await;
    post(
        app,
        "/api/cards/move",
        &cookie,
        &[("id", &cards[0]), ("stage_id", &applied)],
    )
    .await;
    post(
        app,
        "/api/cards/archive",
        &cookie,
        &[("id", &cards[2]), ("archived", "true")],
    )
    .await;
    let card = ok(app, "/api/cards/get", &cookie, &[("id", &cards[0])]).await;
    let company = card["company_id"]
        .as_str()
        .unwrap_or_else(|| panic!("card has a company: {card}"))
        .to_string();
    post(
        app,
        "/api/companies/update",
        &cookie,
        &[
            ("id", &company),
            ("name", "Initech"),
            ("website", "https://initech.example.org"),
            ("industry", "Software"),
            ("size", "51-200"),
            ("location", "Gent"),
            ("notes", "Friendly recruiter."),
        ],
    )
    .await;
    let user_id = me(app, &cookie).await["id"]
        .as_str()
        .expect("the account id")
        .to_string();
    Seeded {
        cookie,
        user_id,
        board,
        cards,
    }
}
