//! Insights through the router (P08): the numbers of a board follow the
//! cards as they move, across boards they add up, and the page renders
//! them with its chart. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::boards::*;
use crate::common::*;

async fn move_card(app: &axum::Router, f: &Fixture, card: &str, stage_id: &str) {
    ok(
        app,
        "/api/cards/move",
        &f.cookie,
        &[("id", card), ("stage_id", stage_id)],
    )
    .await;
}

/// P08: the funnel, the stages now, the time in stage and this week's
/// applications follow the cards on the board.
#[tokio::test]
async fn p08_insights_count_how_far_the_cards_got() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "ines@example.org").await;
    let wishlist = stage(&app, &f, "Wishlist").await;
    let applied = stage(&app, &f, "Applied").await;
    let interviewing = stage(&app, &f, "Interviewing").await;
    let offer = stage(&app, &f, "Offer").await;
    let rejected = stage(&app, &f, "Rejected").await;
    add(&app, &f, &wishlist, "Only an idea", "Acme").await;
    let a = add(&app, &f, &wishlist, "Sent", "Globex").await;
    let b = add(&app, &f, &wishlist, "Interviewed", "Initech").await;
    let c = add(&app, &f, &wishlist, "Offered", "Umbrella").await;
    let d = add(&app, &f, &wishlist, "Turned down", "Hooli").await;
    for card in [&a, &b, &c, &d] {
        move_card(&app, &f, card, &applied).await;
    }
    move_card(&app, &f, &b, &interviewing).await;
    move_card(&app, &f, &c, &interviewing).await;
    move_card(&app, &f, &c, &offer).await;
    move_card(&app, &f, &d, &rejected).await;

    let i = ok(&app, "/api/insights/get", &f.cookie, &[("board", &f.board)]).await;
    assert_eq!(i["funnel"], serde_json::json!([5, 4, 2, 1]), "{i}");
    assert_eq!(
        i["now_by_kind"],
        serde_json::json!([["open", 3], ["won", 1], ["lost", 1]])
    );
    // Three of the four applied cards left Applied: three stays counted.
    let times = i["stage_times"].as_array().unwrap();
    let applied_time = times.iter().find(|s| s["name"] == "Applied").unwrap();
    assert_eq!(applied_time["stays"], 3);
    assert!(applied_time["median_days"].as_f64().unwrap() < 0.01);
    // Nobody left Offer: no median.
    let offer_time = times.iter().find(|s| s["name"] == "Offer").unwrap();
    assert!(offer_time["median_days"].is_null());
    // Entering Applied set today's date on four cards: this week counts 4.
    let weeks = i["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 12);
    assert_eq!(weeks[11]["count"], 4);
    assert_eq!(
        weeks
            .iter()
            .map(|w| w["count"].as_i64().unwrap())
            .sum::<i64>(),
        4
    );
}

/// P08: with no board named, every board counts, stages of the same name
/// together; another person's cards never count.
#[tokio::test]
async fn p08_insights_across_boards_add_up_and_stay_private() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "jo@example.org").await;
    let second = ok(
        &app,
        "/api/boards/create",
        &f.cookie,
        &[("name", "Plan B"), ("template", "simple")],
    )
    .await;
    let g = Fixture {
        cookie: f.cookie.clone(),
        board: second.as_str().unwrap().to_string(),
    };
    add(&app, &f, &stage(&app, &f, "Wishlist").await, "One", "").await;
    let two = add(&app, &g, &stage(&app, &g, "Wishlist").await, "Two", "").await;
    move_card(&app, &g, &two, &stage(&app, &g, "Applied").await).await;
    let stranger = fx_board(&app, "stranger@example.org").await;
    add(
        &app,
        &stranger,
        &stage(&app, &stranger, "Wishlist").await,
        "Theirs",
        "",
    )
    .await;

    let all = ok(&app, "/api/insights/get", &f.cookie, &[]).await;
    assert_eq!(all["funnel"], serde_json::json!([2, 1, 0, 0]), "{all}");
    assert!(all["board"].is_null());
    let names: Vec<&str> = all["stage_times"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    // Seven stages of the first board; "Interview" of the second is new.
    assert_eq!(names.iter().filter(|n| **n == "Wishlist").count(), 1);
    assert!(names.contains(&"Interview"), "{names:?}");
    let wishlist = &all["stage_times"][0];
    assert_eq!(
        (wishlist["name"].as_str(), wishlist["stays"].as_i64()),
        (Some("Wishlist"), Some(1))
    );

    let one = ok(&app, "/api/insights/get", &g.cookie, &[("board", &g.board)]).await;
    assert_eq!(one["funnel"], serde_json::json!([1, 1, 0, 0]));
    let theirs = call(
        &app,
        "/api/insights/get",
        Some(&stranger.cookie),
        &[("board", &g.board)],
    )
    .await;
    assert_eq!(theirs.status, 404);
}

/// P08: the page renders the numbers, the chart with its description and
/// table, and the board choice, in the person's language, before any
/// script runs.
#[tokio::test]
async fn p08_the_insights_page_renders_its_chart_on_the_server() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "kim@example.org").await;
    let applied = stage(&app, &f, "Applied").await;
    add(&app, &f, &applied, "Rust engineer", "Acme").await;
    let page = send(
        &app,
        get(&format!("/insights?board={}", f.board))
            .header("cookie", &f.cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, 200);
    let html = &page.body;
    assert!(
        html.contains("<h1 id=\"insights-title\">Insights</h1>"),
        "{html}"
    );
    assert!(html.contains("role=\"img\""));
    assert!(html.contains("1 application in the last 12 weeks, 1 this week."));
    assert!(html.contains(&format!("<option value=\"{}\" selected", f.board)));
    assert!(html.contains("Response rate"));
    let dutch = send(
        &app,
        get("/insights")
            .header("cookie", format!("{}; offerline_locale=nl", f.cookie))
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert!(
        dutch.body.contains("Sollicitaties per week"),
        "{}",
        dutch.body
    );
}
