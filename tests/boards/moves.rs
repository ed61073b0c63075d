//! The order of cards (P08): moves write one rank, a full gap renumbers
//! the column without changing its order, and concurrent moves from two
//! tabs never produce duplicate or lost positions. On SQLite and on
//! PostgreSQL.

use crate::common::boards::*;
use crate::common::*;

/// Twenty drops into the same spot outlast the gap between two ranks; the
/// column is renumbered and keeps its order.
#[tokio::test]
async fn p08_repeated_drops_into_one_spot_renumber_and_keep_the_order() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "erin@example.org").await;
    let col = stage(&app, &f, "Wishlist").await;
    let first = add(&app, &f, &col, "first", "").await;
    let mut last = add(&app, &f, &col, "last", "").await;
    let mut expected = vec!["first".to_string(), "last".to_string()];
    // Each new card goes just above the previous one: always between
    // "first" and the card that was dropped last.
    for i in 0..20 {
        let title = format!("n{i}");
        let id = add(&app, &f, &col, &title, "").await;
        ok(
            &app,
            "/api/cards/move",
            &f.cookie,
            &[("id", &id), ("stage_id", &col), ("before", &last)],
        )
        .await;
        let at = expected
            .iter()
            .position(|t| *t == expected[expected.len() - 1 - i])
            .unwrap();
        expected.insert(at, title);
        last = id;
    }
    let _ = first;
    let cols = columns(&app, &f).await;
    assert_eq!(cols[0].1, expected);
    let r = ranks(&t, &col).await;
    assert!(r.windows(2).all(|w| w[0] < w[1]) && r[0] > 0, "{r:?}");
}

/// P08: forty moves at once from "two tabs" (concurrent requests), into
/// one column and within it, leave every card exactly once, each rank
/// unique.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn p08_concurrent_moves_never_duplicate_or_lose_a_position() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "finn@example.org").await;
    let from = stage(&app, &f, "Wishlist").await;
    let to = stage(&app, &f, "Applied").await;
    let anchor = add(&app, &f, &to, "anchor", "").await;
    let mut ids = Vec::new();
    for i in 0..20 {
        ids.push(add(&app, &f, &from, &format!("c{i}"), "").await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for (i, id) in ids.iter().enumerate() {
        // Every card twice: once to the top of "Applied", once to its end
        // or back home, racing each other.
        for round in 0..2 {
            let (app, cookie, id) = (app.clone(), f.cookie.clone(), id.clone());
            let (stage, before) = match (round, i % 2) {
                (0, _) => (to.clone(), anchor.clone()),
                (_, 0) => (to.clone(), String::new()),
                _ => (from.clone(), String::new()),
            };
            tasks.spawn(async move {
                let pairs = [
                    ("id", id.as_str()),
                    ("stage_id", stage.as_str()),
                    ("before", before.as_str()),
                ];
                crate::common::account::call(&app, "/api/cards/move", Some(&cookie), &pairs)
                    .await
                    .status
            });
        }
    }
    while let Some(status) = tasks.join_next().await {
        assert_eq!(status.unwrap(), 200);
    }
    let cols = columns(&app, &f).await;
    let mut seen: Vec<String> = cols.iter().flat_map(|(_, cards)| cards.clone()).collect();
    seen.sort();
    let mut want: Vec<String> = (0..20)
        .map(|i| format!("c{i}"))
        .chain(["anchor".to_string()])
        .collect();
    want.sort();
    assert_eq!(seen, want, "every card exactly once");
    for stage_id in [&from, &to] {
        let r = ranks(&t, stage_id).await;
        let mut unique = r.clone();
        unique.dedup();
        assert_eq!(unique.len(), r.len(), "ranks unique: {r:?}");
    }
}
