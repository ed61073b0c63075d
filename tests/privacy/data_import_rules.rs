//! The import of an export treats the archive as untrusted (P26): every
//! row obeys the rules of its form (a row that breaks one is reported and
//! left out), rows go in in short batches so other people's writes go
//! through meanwhile, and one import runs per account at a time. Each test
//! runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::boards::{add, fx_board, stage};
use crate::common::mail::count;
use crate::common::*;
use crate::data_support::*;
use serde_json::Value;
use std::collections::BTreeMap;

/// The archive `files` with `data/<table>.json` replaced by `rows`.
fn with_rows(
    files: &BTreeMap<String, Vec<u8>>,
    table: &str,
    rows: &Value,
) -> BTreeMap<String, Vec<u8>> {
    let mut files = files.clone();
    files.insert(
        format!("data/{table}.json"),
        serde_json::to_vec(rows).unwrap(),
    );
    files
}

/// The (table, row, field, key) of each problem in a report.
fn problems(report: &Value) -> Vec<(String, u64, String, String)> {
    report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| {
            p["errors"].as_array().unwrap().iter().map(|e| {
                (
                    p["table"].as_str().unwrap().to_string(),
                    p["row"].as_u64().unwrap(),
                    e["field"].as_str().unwrap().to_string(),
                    e["message"].as_str().unwrap().to_string(),
                )
            })
        })
        .collect()
}

async fn cards_of(t: &TestDb, email: &str) -> i64 {
    count(
        t,
        &format!(
            "SELECT COUNT(*) FROM applications a JOIN users u ON u.id = a.user_id \
             WHERE u.email = '{email}'"
        ),
    )
    .await
}

/// P26: rows that break the rules of their forms are reported and left out
/// (a title too long, a value of the wrong type, a stage of an unknown
/// colour with the cards on it, a board past the limit of boards); every
/// other row is imported. A browser sees how many were left out and the
/// first reasons.
#[tokio::test]
async fn p26_rows_that_break_the_rules_of_their_forms_are_reported_and_left_out() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let first = unzip(&export(&app, &ana.cookie).await);
    let mut cards = json(&first, "data/applications.json");
    let mut stages = json(&first, "data/stages.json");
    let mut boards = json(&first, "data/boards.json");
    // The stage of exactly one card gets a colour no form offers; the other
    // stage's two cards break rules of their own.
    let alone = cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["stage_id"].clone())
        .find(|s| {
            cards
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| &c["stage_id"] == s)
                .count()
                == 1
        })
        .expect("a stage with one card");
    let bad = stages
        .as_array()
        .unwrap()
        .iter()
        .position(|s| s["id"] == alone)
        .unwrap();
    stages[bad]["color"] = Value::from("chartreuse");
    let bad_stage = alone.as_str().unwrap().to_string();
    let on_bad_stage = cards
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["stage_id"] == bad_stage.as_str())
        .count();
    let others: Vec<usize> = (0..cards.as_array().unwrap().len())
        .filter(|i| cards[*i]["stage_id"] != bad_stage.as_str())
        .collect();
    assert!(others.len() >= 2, "the seed has cards on two stages");
    let mut good = cards[others[0]].clone();
    good["id"] = Value::from("a-good-copy");
    good["title"] = Value::from("A good copy");
    good["rank"] = Value::from(good["rank"].as_i64().unwrap() + 1);
    let refused: Vec<Value> = cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].clone())
        .collect();
    let events = json(&first, "data/application_events.json");
    let orphaned = events
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| refused.contains(&e["application_id"]))
        .count();
    cards[others[0]]["title"] = Value::from("x".repeat(300));
    cards[others[1]]["excitement"] = Value::from("very");
    cards.as_array_mut().unwrap().push(good);
    let board = boards[0].clone();
    let held = boards.as_array().unwrap().len();
    for i in held..101 {
        let mut extra = board.clone();
        extra["id"] = Value::from(format!("extra-board-{i}"));
        extra["name"] = Value::from(format!("Board {i}"));
        boards.as_array_mut().unwrap().push(extra);
    }
    let files = with_rows(&first, "applications", &cards);
    let files = with_rows(&files, "stages", &stages);
    let files = with_rows(&files, "boards", &boards);

    let fresh = sign_up(&app, "New Account", "ana.new@example.org").await;
    let report = import_report(&app, &fresh, &zip_of(&files)).await;
    let found = problems(&report);
    let row = |i: usize| i as u64 + 1;
    for expected in [
        ("stages", row(bad), "color", "error-choice-invalid"),
        ("applications", row(others[0]), "title", "error-too-long"),
        (
            "applications",
            row(others[1]),
            "excitement",
            "error-number-invalid",
        ),
        ("boards", 101, "name", "error-too-many"),
    ] {
        assert!(
            found.iter().any(|(t, r, f, k)| (t.as_str(), *r, f.as_str())
                == (expected.0, expected.1, expected.2)
                && k.starts_with("error-")),
            "{expected:?} in {found:?}"
        );
    }
    assert_eq!(
        found
            .iter()
            .filter(|(t, _, f, k)| t == "applications"
                && f == "stage_id"
                && k == "error-data-import-parent-missing")
            .count(),
        on_bad_stage,
        "the cards of the refused stage: {found:?}"
    );
    assert_eq!(
        report["skipped_count"].as_u64().unwrap() as usize,
        1 + on_bad_stage + 2 + 1 + orphaned,
        "{found:?}"
    );
    let imported = cards_of(&t, "ana.new@example.org").await as usize;
    assert_eq!(imported, 1, "the one good card");
    let boards_now = crate::common::boards::ok(&app, "/api/boards/list", &fresh, &[]).await;
    assert_eq!(
        boards_now.as_array().unwrap().len(),
        100,
        "the limit of boards holds"
    );

    // A browser is told on the page.
    let other = sign_up(&app, "Other", "ana.other@example.org").await;
    let reply = import(&app, &other, &zip_of(&files)).await;
    let to = location(&reply);
    assert!(
        to.starts_with("/settings/data?notice=data-imported&skipped="),
        "{to}"
    );
    assert!(
        to.contains("&problem=boards.101.name.error-too-many"),
        "{to}"
    );
    let stage_problem = format!("&problem=stages.{}.color.error-choice-invalid", bad + 1);
    assert!(to.contains(&stage_problem), "{to}");
    let path = to.split('#').next().unwrap();
    let page = page_in(&app, path, Some(&other), offerline::i18n::Locale::En).await;
    // In the language the import restored to the account.
    use offerline::i18n::{Locale, translate};
    let said = [Locale::En, Locale::Nl, Locale::Fr].iter().any(|l| {
        page.body
            .contains(&translate(*l, "data-import-skipped-first"))
    });
    assert!(
        said && page.body.contains(" 101: "),
        "the page says so: {}",
        page.body
    );
}

/// A copy of card `card` for each of `n` new rows, on its stage.
fn many_cards(card: &Value, n: usize) -> Value {
    Value::Array(
        (0..n)
            .map(|i| {
                let mut c = card.clone();
                c["id"] = Value::from(format!("bulk-card-{i}"));
                c["title"] = Value::from(format!("Role {i}"));
                c["rank"] = Value::from(1_000_000 + i as i64);
                c
            })
            .collect(),
    )
}

/// P26: an import writes in short batches, so its first rows are there
/// while it still runs and another person's write goes through meanwhile;
/// it ends with every row.
#[tokio::test]
async fn p26_an_import_writes_in_batches_while_another_person_writes() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let first = unzip(&export(&app, &ana.cookie).await);
    let card = json(&first, "data/applications.json")[0].clone();
    let n = 10_000;
    let files = with_rows(&first, "application_events", &Value::Array(Vec::new()));
    let archive = zip_of(&with_rows(&files, "applications", &many_cards(&card, n)));
    let bob = fx_board(&app, "bob@example.org").await;
    let applied = stage(&app, &bob, "Applied").await;

    let fresh = sign_up(&app, "New Account", "ana.new@example.org").await;
    let running = {
        let (app, fresh) = (app.clone(), fresh.clone());
        tokio::spawn(async move { import(&app, &fresh, &archive).await })
    };
    while cards_of(&t, "ana.new@example.org").await == 0 && !running.is_finished() {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    assert!(
        !running.is_finished(),
        "rows are visible while the import still runs: it commits in batches"
    );
    add(&app, &bob, &applied, "Written during an import", "Acme").await;
    assert!(
        !running.is_finished(),
        "another person's write went through during the import"
    );
    let reply = running.await.unwrap();
    assert_eq!(location(&reply), "/settings/data?notice=data-imported");
    assert_eq!(cards_of(&t, "ana.new@example.org").await, n as i64);
    assert_eq!(cards_of(&t, "bob@example.org").await, 1);
}

/// P26: two imports into one account at once: one runs, the other is
/// refused, and the account holds one copy.
#[tokio::test]
async fn p26_two_imports_into_one_account_at_once_import_once() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let first = unzip(&export(&app, &ana.cookie).await);
    let card = json(&first, "data/applications.json")[0].clone();
    let archive = zip_of(&with_rows(
        &first,
        "applications",
        &many_cards(&card, 3_000),
    ));
    let fresh = sign_up(&app, "New Account", "ana.new@example.org").await;
    let (a, b) = tokio::join!(
        import(&app, &fresh, &archive),
        import(&app, &fresh, &archive)
    );
    let outcomes = [location(&a), location(&b)];
    assert!(
        outcomes
            .iter()
            .filter(|o| o.contains("notice=data-imported"))
            .count()
            == 1
            && outcomes
                .iter()
                .any(|o| o.contains("error-data-import-running")
                    || o.contains("error-data-import-not-empty")),
        "{outcomes:?}"
    );
    assert_eq!(cards_of(&t, "ana.new@example.org").await, 3_000);
}

/// P26: every table an import brings back has the rules of its form: a
/// table added by a later migration fails here until its rows are checked.
#[tokio::test]
async fn p26_every_imported_table_has_the_rules_of_its_form() {
    use offerline::server::privacy::data::export::import::rules::RULED;
    use offerline::server::privacy::data::export::{LEFT_OUT, NOT_IMPORTED};
    let t = fx_db().await;
    let mut unruled = Vec::new();
    for table in t.db.table_names().await.unwrap() {
        let columns = crate::common::every_table::columns_of(&t, &table).await;
        let imported = columns.iter().any(|c| c == "user_id")
            && !LEFT_OUT.iter().any(|(name, _)| *name == table)
            && !NOT_IMPORTED.iter().any(|(name, _)| *name == table);
        if imported && !RULED.contains(&table.as_str()) {
            unruled.push(table);
        }
    }
    assert!(unruled.is_empty(), "imported without rules: {unruled:?}");
}
