//! Runs of an import: once only, however many are sent at once; in parts,
//! so a file of 2,000 rows never holds the database's write lock for the
//! whole file; and a run that stops part way keeps what it did, says how
//! far it got, and is taken up where it stopped.

use super::*;
use crate::common::boards::*;
use offerline::server::boards::import::{BATCH_ROWS, MAX_ROWS, STALE_MS};
use offerline::server::db::Engine;

/// P08: two runs of one import at once (a double submit, two tabs) import
/// it once: one imports, the other answers the report or that it is under
/// way, never a second copy of the cards.
#[tokio::test]
async fn p08_two_runs_of_one_import_at_once_import_it_once() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "twice@example.org").await;
    let rows: String = (0..40)
        .map(|i| format!("Engineer {i},Acme,Applied\n"))
        .collect();
    let file = format!("Job Title,Company,List\n{rows}");
    let id = upload_id(&upload(&app, Some(&f.cookie), &f.board, file.as_bytes()).await);
    let mut pairs = vec![("id", id.as_str()), ("board_id", f.board.as_str())];
    let map = map_pairs(&["title", "company", "stage"]);
    pairs.extend(map.iter().map(|(k, v)| (k.as_str(), *v)));
    let (a, b) = tokio::join!(
        call(&app, "/api/imports/run", Some(&f.cookie), &pairs),
        call(&app, "/api/imports/run", Some(&f.cookie), &pairs)
    );
    assert!(
        a.status == 200 || b.status == 200,
        "{} / {}",
        a.body,
        b.body
    );
    for reply in [&a, &b] {
        assert!(
            reply.status == 200 || reply.body.contains("error-import-running"),
            "{}: {}",
            reply.status,
            reply.body
        );
    }
    let cards: usize = board(&app, &f).await["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["cards"].as_array().unwrap().len())
        .sum();
    assert_eq!(cards, 40);
    let again = ok(&app, "/api/imports/run", &f.cookie, &pairs).await;
    assert_eq!(again["imported"], 40);
}

/// Every card title of the board.
async fn titles(app: &Router, f: &Fixture) -> Vec<String> {
    columns(app, f)
        .await
        .into_iter()
        .flat_map(|(_, cards)| cards)
        .collect()
}

/// Makes the database refuse a card titled `Boom`, as a failing disk or a
/// lost connection would refuse a write part way through a file.
async fn refuse_boom(t: &TestDb) {
    let statements: &[&str] = match t.db.engine {
        Engine::Sqlite => &["CREATE TRIGGER refuse_boom BEFORE INSERT ON applications \
             WHEN NEW.title = 'Boom' BEGIN SELECT RAISE(ABORT, 'refused'); END"],
        Engine::Postgres => &[
            "CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN \
             IF NEW.title = 'Boom' THEN RAISE EXCEPTION 'refused'; END IF; \
             RETURN NEW; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_boom BEFORE INSERT ON applications \
             FOR EACH ROW EXECUTE FUNCTION refuse_boom()",
        ],
    };
    for sql in statements {
        sqlx::query(sql).execute(&t.db.pool).await.unwrap();
    }
}

async fn allow_boom(t: &TestDb) {
    let sql = match t.db.engine {
        Engine::Sqlite => "DROP TRIGGER refuse_boom",
        Engine::Postgres => "DROP TRIGGER refuse_boom ON applications",
    };
    sqlx::query(sql).execute(&t.db.pool).await.unwrap();
}

/// P08: a run that stops part way keeps the parts it wrote, with how far
/// it got, and no report; the page says so. Importing again goes on from
/// the next row with the choices the import started with (a status the
/// person sent to another stage still lands there), and the file ends up
/// imported once, with one report for every row. A run that died holding
/// the file keeps others off it until its claim is stale; then the next
/// run takes over from the record it left.
#[tokio::test]
async fn p08_a_run_that_stops_part_way_goes_on_from_where_it_stopped() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "parts@example.org").await;
    let boom = BATCH_ROWS + BATCH_ROWS / 2;
    let rows: String = (0..BATCH_ROWS * 2 + 10)
        .map(|i| match i {
            i if i == boom => "Boom,Acme,Applied\n".to_string(),
            i => format!("Engineer {i},Acme,Applied\n"),
        })
        .collect();
    let file = format!("Job Title,Company,List\n{rows}");
    let total = BATCH_ROWS * 2 + 10;
    let id = upload_id(&upload(&app, Some(&f.cookie), &f.board, file.as_bytes()).await);
    let screening = stage(&app, &f, "Screening").await;
    let map = map_pairs(&["title", "company", "stage"]);
    let choice = [
        ("statuses[0][value]", "Applied"),
        ("statuses[0][stage]", screening.as_str()),
    ];
    let first = run_pairs(&id, &f.board, &map, &choice);

    refuse_boom(&t).await;
    let failed = call(&app, "/api/imports/run", Some(&f.cookie), &first).await;
    assert_eq!(failed.status, 500, "{}", failed.body);
    // The part that holds the refused row rolled back alone.
    let done = boom / BATCH_ROWS * BATCH_ROWS;
    assert_eq!(titles(&app, &f).await.len(), done);
    let preview = ok(&app, "/api/imports/preview", &f.cookie, &[("id", &id)]).await;
    assert_eq!(preview["report"], serde_json::Value::Null);
    assert_eq!(preview["progress"]["rows_done"], done);
    assert_eq!(preview["progress"]["imported"], done);
    let page = import_page(&app, &f.cookie, &f.board, &id, "").await;
    assert!(
        page.body.contains("The import stopped part way")
            && page
                .body
                .contains(&format!("stopped after {done} of {total} rows"))
            && page.body.contains("Import the rest"),
        "{}",
        page.body
    );

    // The server stopped while a run held the file: others wait...
    allow_boom(&t).await;
    let now = offerline::server::time::now_ms();
    let held = |at: i64| {
        sqlx::query("UPDATE csv_imports SET run_id = 'gone', started_at = $1 WHERE id = $2")
            .bind(at)
            .bind(id.clone())
    };
    held(now).execute(&t.db.pool).await.unwrap();
    let resume = [("id", id.as_str()), ("board_id", f.board.as_str())];
    let waiting = call(&app, "/api/imports/run", Some(&f.cookie), &resume).await;
    assert_eq!(waiting.status, 422);
    assert!(
        waiting.body.contains("error-import-running"),
        "{}",
        waiting.body
    );
    // ...until its claim is stale: the rest is imported, as first chosen.
    held(now - STALE_MS - 1000)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let report = ok(&app, "/api/imports/run", &f.cookie, &resume).await;
    assert_eq!(report["imported"], total, "{report}");
    assert_eq!(report["skipped"].as_array().unwrap().len(), 0);
    let mut all = titles(&app, &f).await;
    assert_eq!(all.len(), total);
    all.sort();
    all.dedup();
    assert_eq!(all.len(), total, "no row was imported twice");
    let cols = columns(&app, &f).await;
    let screened = cols.iter().find(|(s, _)| s == "Screening").unwrap();
    assert_eq!(screened.1.len(), total, "the first choices held to the end");
    assert!(screened.1.contains(&"Boom".to_string()));
    let again = ok(&app, "/api/imports/run", &f.cookie, &resume).await;
    assert_eq!(again, report);
}

/// P08: a run of the largest file writes it in parts, each its own
/// transaction: another person's card added while it runs is written
/// between two parts, long before the import ends (one transaction for
/// the whole file would have kept it waiting, on SQLite, for all of it).
#[tokio::test]
async fn p08_a_file_of_2000_rows_lets_other_writes_in_while_it_imports() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "large@example.org").await;
    let other = fx_board(&app, "meanwhile@example.org").await;
    let wishlist = stage(&app, &other, "Wishlist").await;
    let rows: String = (0..MAX_ROWS)
        .map(|i| format!("Engineer {i},Company {},Applied,2026-01-02\n", i % 40))
        .collect();
    let file = format!("Job Title,Company,List,Date Applied\n{rows}");
    let id = upload_id(&upload(&app, Some(&f.cookie), &f.board, file.as_bytes()).await);
    let map = map_pairs(&["title", "company", "stage", "applied_on"]);
    let pairs = run_pairs(&id, &f.board, &map, &[]);
    let report_of = || {
        sqlx::query_as::<_, (Option<String>, Option<String>)>(
            "SELECT progress, report FROM csv_imports WHERE id = $1",
        )
        .bind(id.clone())
        .fetch_one(&t.db.pool)
    };
    let (imported, added_before_the_end) = tokio::join!(
        call(&app, "/api/imports/run", Some(&f.cookie), &pairs),
        async {
            // Once the first part is written...
            loop {
                let (progress, report) = report_of().await.unwrap();
                assert!(report.is_none(), "the first part took the whole file");
                if progress.is_some() {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
            // ...another write gets its turn before the import ends.
            add(&app, &other, &wishlist, "Meanwhile", "Elsewhere").await;
            report_of().await.unwrap().1.is_none()
        }
    );
    assert_eq!(imported.status, 200, "{}", imported.body);
    assert!(added_before_the_end);
    assert_eq!(json(&imported)["imported"], MAX_ROWS);
    assert_eq!(titles(&app, &f).await.len(), MAX_ROWS);
}
