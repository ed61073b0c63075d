//! Files from other tools and from Offerline itself: a Huntr export with
//! bad rows, a spreadsheet saved on Windows in Dutch or French, and a
//! board's own CSV export brought back whole.

use super::*;
use crate::common::boards::*;
use crate::common::*;
use axum::body::Body;

/// P08: a Huntr export is mapped by its headers; good rows become cards in
/// the stage they name (the first stage when the name is unknown), bad
/// rows are reported with their line and reason, and a second import of
/// the same file adds nothing.
#[tokio::test]
async fn p08_a_huntr_export_is_imported_and_bad_rows_are_reported() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "importer@example.org").await;
    let id = upload_id(&upload(&app, Some(&f.cookie), &f.board, HUNTR.as_bytes()).await);

    let preview = ok(&app, "/api/imports/preview", &f.cookie, &[("id", &id)]).await;
    let fields: Vec<&str> = preview["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "title",
            "company",
            "stage",
            "job_url",
            "salary",
            "applied_on",
            "notes"
        ]
    );
    assert_eq!(preview["rows"], 4);
    let lines: Vec<i64> = preview["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["line"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, [4, 5]);
    // Its link is refused; its date, 01/02/2026, is read day first (no
    // date of the file says otherwise).
    let line5 = preview["problems"][1]["errors"].to_string();
    assert!(
        line5.contains("error-url-invalid") && !line5.contains("error-date-invalid"),
        "{line5}"
    );

    let mut pairs = vec![("id", id.as_str()), ("board_id", f.board.as_str())];
    let map = map_pairs(&[
        "title",
        "company",
        "stage",
        "job_url",
        "salary",
        "applied_on",
        "notes",
    ]);
    pairs.extend(map.iter().map(|(k, v)| (k.as_str(), *v)));
    let report = ok(&app, "/api/imports/run", &f.cookie, &pairs).await;
    assert_eq!(report["imported"], 2);
    assert_eq!(report["skipped"].as_array().unwrap().len(), 2);

    let cols = columns(&app, &f).await;
    let in_stage = |name: &str| cols.iter().find(|(s, _)| s == name).unwrap().1.clone();
    assert_eq!(in_stage("Applied"), ["Rust engineer"]);
    assert_eq!(in_stage("Wishlist"), ["Data engineer"]);
    let card_id = board(&app, &f).await["stages"][1]["cards"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let card = ok(&app, "/api/cards/get", &f.cookie, &[("id", &card_id)]).await;
    assert_eq!(card["company"], "Acme");
    assert_eq!(card["salary_min"], 55000);
    assert_eq!(card["salary_max"], 70000);
    assert_eq!(card["salary_currency"], "EUR");
    assert_eq!(card["applied_on"], "2026-10-01");
    assert_eq!(card["notes"], "Met at RustConf");

    let again = ok(&app, "/api/imports/run", &f.cookie, &pairs).await;
    assert_eq!(again, report);
    assert_eq!(
        board(&app, &f).await["stages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["cards"].as_array().unwrap().len())
            .sum::<usize>(),
        2
    );
    // The page shows the report.
    let page = send(
        &app,
        get(&format!("/boards/{}/import?upload={id}", f.board))
            .header("cookie", &f.cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("2 applications were imported."),
        "{}",
        page.body
    );
    assert!(page.body.contains("Line 4:"));
}

/// P08: a Teal-style export saved by a Dutch or French spreadsheet on
/// Windows (Windows-1252, semicolons, dates as DD-MM-YYYY, statuses in
/// other words than the board's stages) imports every row, into the stage
/// each status means.
#[tokio::test]
async fn p08_a_spreadsheet_export_from_windows_imports_whole() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "excel@example.org").await;
    let text = "Job Position;Company;Status;Date Applied\n\
                Développeuse Rust;Société Générale;Interview;03-04-2026\n\
                Data engineer;Café Coop;Bookmarked;\n\
                SRE;Acme;Rejected;25-03-2026\n\
                Platform engineer;Globex;Phone screen;2 Oct 2026\n";
    // Windows-1252: every character here is one byte there.
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| match c {
            'é' => 0xe9,
            c => c as u8,
        })
        .collect();
    let id = upload_id(&upload(&app, Some(&f.cookie), &f.board, &bytes).await);
    let preview = ok(&app, "/api/imports/preview", &f.cookie, &[("id", &id)]).await;
    assert!(
        preview["problems"].as_array().is_none_or(|p| p.is_empty()),
        "{preview}"
    );
    let mut pairs = vec![("id", id.as_str()), ("board_id", f.board.as_str())];
    let map = map_pairs(&["title", "company", "stage", "applied_on"]);
    pairs.extend(map.iter().map(|(k, v)| (k.as_str(), *v)));
    let report = ok(&app, "/api/imports/run", &f.cookie, &pairs).await;
    assert_eq!(report["imported"], 4, "{report}");
    let cols = columns(&app, &f).await;
    let in_stage = |name: &str| cols.iter().find(|(s, _)| s == name).unwrap().1.clone();
    assert_eq!(in_stage("Interviewing"), ["Développeuse Rust"]);
    assert_eq!(in_stage("Wishlist"), ["Data engineer"]);
    assert_eq!(in_stage("Rejected"), ["SRE"]);
    assert_eq!(in_stage("Screening"), ["Platform engineer"]);
    let card_id = board(&app, &f).await["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["cards"].as_array().unwrap().clone())
        .find(|c| c["title"] == "Développeuse Rust")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let card = ok(&app, "/api/cards/get", &f.cookie, &[("id", &card_id)]).await;
    assert_eq!(card["company"], "Société Générale");
    assert_eq!(card["applied_on"], "2026-04-03");
}

/// P03: a board exported as CSV and imported into another board comes
/// back with its cards, companies, stages, tags and archived flags.
#[tokio::test]
async fn p03_an_exported_board_imports_back_whole() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "roundtrip@example.org").await;
    let wishlist = stage(&app, &f, "Wishlist").await;
    let offer = stage(&app, &f, "Offer").await;
    let a = add(&app, &f, &wishlist, "Backend developer", "Acme").await;
    ok(
        &app,
        "/api/cards/update",
        &f.cookie,
        &[
            ("id", &a),
            ("title", "Backend developer"),
            ("company", "Acme"),
            ("location", "Ghent"),
            ("work_mode", "hybrid"),
            ("salary_min", "50000"),
            ("salary_max", "65000"),
            ("salary_currency", "EUR"),
            ("salary_period", "year"),
            ("tags", "rust, remote-friendly"),
            ("excitement", "4"),
            ("deadline", "2026-12-24"),
        ],
    )
    .await;
    let b = add(&app, &f, &offer, "=SUM(A1)", "Globex").await;
    ok(
        &app,
        "/api/cards/archive",
        &f.cookie,
        &[("id", &b), ("archived", "true")],
    )
    .await;

    let csv = send(
        &app,
        get(&format!("/boards/{}/export.csv", f.board))
            .header("cookie", &f.cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(csv.status, 200);
    let created = ok(
        &app,
        "/api/boards/create",
        &f.cookie,
        &[("name", "Copy"), ("template", "job-search")],
    )
    .await;
    let copy = Fixture {
        cookie: f.cookie.clone(),
        board: created.as_str().unwrap().to_string(),
    };
    let id = upload_id(&upload(&app, Some(&f.cookie), &copy.board, csv.body.as_bytes()).await);
    let preview = ok(&app, "/api/imports/preview", &f.cookie, &[("id", &id)]).await;
    assert!(
        preview["problems"].as_array().unwrap().is_empty(),
        "{preview}"
    );
    let mut pairs = vec![
        ("id".to_string(), id.clone()),
        ("board_id".to_string(), copy.board.clone()),
    ];
    for (i, c) in preview["columns"].as_array().unwrap().iter().enumerate() {
        pairs.push((
            format!("map[{i}]"),
            c["field"].as_str().unwrap().to_string(),
        ));
    }
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let report = ok(&app, "/api/imports/run", &f.cookie, &pairs).await;
    assert_eq!(report["imported"], 2);

    let copied = board(&app, &copy).await;
    let cards: Vec<&serde_json::Value> = copied["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["cards"].as_array().unwrap())
        .collect();
    let dev = cards
        .iter()
        .find(|c| c["title"] == "Backend developer")
        .expect("the card came back");
    let dev = ok(
        &app,
        "/api/cards/get",
        &f.cookie,
        &[("id", dev["id"].as_str().unwrap())],
    )
    .await;
    for field in [
        "company",
        "location",
        "work_mode",
        "salary_min",
        "salary_max",
        "salary_currency",
        "salary_period",
        "tags",
        "excitement",
        "deadline",
    ] {
        let original = ok(&app, "/api/cards/get", &f.cookie, &[("id", &a)]).await;
        assert_eq!(dev[field], original[field], "{field}");
    }
    // The defused formula comes back as the text it was, still archived.
    let all = sqlx::query_as::<_, (String, Option<i64>)>(
        "SELECT title, archived_at FROM applications WHERE board_id = $1 AND title LIKE '%SUM%'",
    )
    .bind(&copy.board)
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(all.len(), 1);
    assert!(all[0].1.is_some(), "archived");
}
