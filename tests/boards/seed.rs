//! Demo data (`offerline seed`): accounts that can sign in, boards from
//! the job-search template, cards with a timeline in the past, the same
//! data from the same seed.

use crate::common::account::*;
use crate::common::*;
use offerline::server::seed::{Plan, run};

fn plan(users: usize, cards: usize) -> Plan {
    Plan {
        users,
        boards_per_user: 2,
        cards_per_user: cards,
        password: "quiet harbour lantern seven".into(),
        seed: 7,
    }
}

/// Seeded people sign in and see their own cards, spread over stages,
/// each with a past timeline whose applied dates match the moves.
#[tokio::test]
async fn seeded_people_sign_in_to_boards_with_a_past() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let people = run(&t.db, &plan(2, 30)).await.expect("seed");
    assert_eq!(people.len(), 2);
    assert_eq!(people[0].boards.len(), 2);

    let reply = sign_in(&app, &people[0].email, "quiet harbour lantern seven").await;
    assert_eq!(reply.status, 200, "{}", reply.body);

    let per_user: Vec<(String, i64)> = sqlx::query_as(
        "SELECT user_id, COUNT(*) FROM applications GROUP BY user_id ORDER BY user_id",
    )
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(per_user.len(), 2);
    assert!(per_user.iter().all(|(_, n)| *n == 30), "{per_user:?}");

    let stages_used: i64 = sqlx::query_scalar("SELECT COUNT(DISTINCT stage_id) FROM applications")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(
        stages_used >= 6,
        "cards spread over the stages: {stages_used}"
    );

    let now = offerline::server::time::now_ms();
    let (oldest, newest): (i64, i64) =
        sqlx::query_as("SELECT MIN(at), MAX(at) FROM application_events")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert!(oldest < now - 7 * 86_400_000, "history reaches back weeks");
    assert!(newest <= now);

    // Every card that went through "Applied" has an applied date, on the
    // day it got there.
    let applied: Vec<(Option<String>, i64)> = sqlx::query_as(
        "SELECT a.applied_on, MIN(e.at) FROM applications a \
         JOIN application_events e ON e.application_id = a.id \
         JOIN stages s ON s.id = e.to_stage_id \
         WHERE s.marks_applied <> 0 GROUP BY a.id, a.applied_on",
    )
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    assert!(!applied.is_empty());
    for (on, at) in applied {
        let day = chrono::DateTime::from_timestamp_millis(at)
            .unwrap()
            .date_naive()
            .to_string();
        assert_eq!(on.as_deref(), Some(day.as_str()));
    }
}

/// The same seed gives the same cards.
#[tokio::test]
async fn the_same_seed_makes_the_same_cards() {
    let titles = |db: offerline::server::db::Db| async move {
        sqlx::query_scalar::<_, String>(
            "SELECT a.title || ' @ ' || c.name FROM applications a \
             JOIN companies c ON c.id = a.company_id ORDER BY 1",
        )
        .fetch_all(&db.pool)
        .await
        .unwrap()
    };
    let (a, b) = (fx_db().await, fx_db().await);
    run(&a.db, &plan(1, 12)).await.unwrap();
    run(&b.db, &plan(1, 12)).await.unwrap();
    assert_eq!(titles(a.db.clone()).await, titles(b.db.clone()).await);
}
