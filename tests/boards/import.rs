//! CSV import into a board (P03, P08): a file uploaded as a plain
//! multipart form, its columns mapped from the headers of Huntr's, Teal's
//! and Offerline's exports, good rows imported and bad ones reported by
//! line without stopping the rest, an export brought back in whole, and
//! uploads that only their owner can see. Each test runs on SQLite and on
//! PostgreSQL.

use crate::common::account::*;
use crate::common::boards::*;
use crate::common::*;
use axum::Router;
use axum::body::Body;

/// Uploads `content` as the file of the import form of `board`.
async fn upload(app: &Router, cookie: Option<&str>, board: &str, content: &[u8]) -> Reply {
    let mut body = b"--BOUNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"search.csv\"\r\nContent-Type: text/csv\r\n\r\n".to_vec();
    body.extend_from_slice(content);
    body.extend_from_slice(b"\r\n--BOUNDARY--\r\n");
    let mut request = http::Request::builder()
        .method("POST")
        .uri(format!("/boards/{board}/import"))
        .header("host", "offerline.test")
        .header("origin", "http://offerline.test")
        .header("content-type", "multipart/form-data; boundary=BOUNDARY");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(app, request.body(Body::from(body)).unwrap()).await
}

/// The upload id the import form sends the browser on to.
fn upload_id(reply: &Reply) -> String {
    assert_eq!(reply.status, 303, "{}", reply.body);
    let location = reply.headers["location"].to_str().unwrap();
    location
        .split("upload=")
        .nth(1)
        .unwrap_or_else(|| panic!("no upload in {location}"))
        .to_string()
}

fn map_pairs(fields: &[&'static str]) -> Vec<(String, &'static str)> {
    fields
        .iter()
        .enumerate()
        .map(|(i, f)| (format!("map[{i}]"), *f))
        .collect()
}

const HUNTR: &str = "Job Title,Company,List,URL,Salary,Date Applied,Notes\n\
Rust engineer,Acme,Applied,https://jobs.example.com/1,€55k - 70k,2026-10-01,Met at RustConf\n\
Data engineer,Globex,Someday,,,,\n\
,Initech,Applied,,,,no title here\n\
Platform engineer,Hooli,Applied,not a link,,01/02/2026,\n";

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

/// P03: uploads and imports belong to their owner: another user's board
/// or upload answers 404, a visitor 401, and a cross-site upload is
/// refused; files that cannot be read come back to the form with a reason.
#[tokio::test]
async fn p03_uploads_are_their_owners_and_bad_files_are_explained() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let owner = fx_board(&app, "owner-import@example.org").await;
    let other = fx_board(&app, "other-import@example.org").await;
    let id = upload_id(&upload(&app, Some(&owner.cookie), &owner.board, HUNTR.as_bytes()).await);

    assert_eq!(
        upload(&app, Some(&other.cookie), &owner.board, HUNTR.as_bytes())
            .await
            .status,
        404
    );
    assert_eq!(
        upload(&app, None, &owner.board, HUNTR.as_bytes())
            .await
            .status,
        401
    );
    let peek = call(
        &app,
        "/api/imports/preview",
        Some(&other.cookie),
        &[("id", &id)],
    )
    .await;
    assert_eq!(peek.status, 404);
    let steal = call(
        &app,
        "/api/imports/run",
        Some(&other.cookie),
        &[("id", &id), ("board_id", &other.board), ("map[0]", "title")],
    )
    .await;
    assert_eq!(steal.status, 404);
    assert_eq!(
        call(&app, "/api/imports/preview", None, &[("id", &id)])
            .await
            .status,
        401
    );

    let cross = send(
        &app,
        http::Request::builder()
            .method("POST")
            .uri(format!("/boards/{}/import", owner.board))
            .header("host", "offerline.test")
            .header("origin", "https://evil.example")
            .header("cookie", &owner.cookie)
            .header("content-type", "multipart/form-data; boundary=B")
            .body(Body::from("--B--\r\n"))
            .unwrap(),
    )
    .await;
    assert_eq!(cross.status, 403);

    for (content, key) in [
        (&[0xff_u8, 0xfe, 0x41][..], "error-import-encoding"),
        (b"Title\n".as_slice(), "error-import-empty"),
    ] {
        let reply = upload(&app, Some(&owner.cookie), &owner.board, content).await;
        assert_eq!(reply.status, 303);
        let location = reply.headers["location"].to_str().unwrap();
        assert!(
            location.ends_with(&format!("/import?error={key}")),
            "{location}"
        );
    }

    // A mapping without the title is refused, and said so in the preview.
    let preview = ok(
        &app,
        "/api/imports/preview",
        &owner.cookie,
        &[
            ("id", &id),
            ("map[0]", ""),
            ("map[1]", "company"),
            ("map[2]", ""),
            ("map[3]", ""),
            ("map[4]", ""),
            ("map[5]", ""),
            ("map[6]", ""),
        ],
    )
    .await;
    assert_eq!(preview["mapping_error"], "error-import-title-unmapped");
    let refused = call(
        &app,
        "/api/imports/run",
        Some(&owner.cookie),
        &[
            ("id", &id),
            ("board_id", &owner.board),
            ("map[0]", ""),
            ("map[1]", "company"),
            ("map[2]", ""),
            ("map[3]", ""),
            ("map[4]", ""),
            ("map[5]", ""),
            ("map[6]", ""),
        ],
    )
    .await;
    assert_eq!(refused.status, 422);
}
