//! The export of a person's data (P26, with P20 and P23): what the archive
//! holds and how it is described, that it covers every table of the live
//! schema, that secrets and other people's data never leave, and the rate
//! limit. The import is in `data_import.rs`, the background path for large
//! accounts in `data_export_prepared.rs`. Each test runs on SQLite and on
//! PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use crate::data_support::*;
use offerline::server::privacy::data::export::{LEFT_OUT, NOT_IMPORTED};
use std::collections::{BTreeMap, BTreeSet};

/// Every table of the live database that has a `user_id` column, read
/// here from the engine's catalogue, independently of the export's code.
async fn live_user_tables(t: &TestDb) -> BTreeSet<String> {
    let sql = match t.db.engine {
        offerline::server::db::Engine::Sqlite => {
            "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND p.name = 'user_id'"
        }
        offerline::server::db::Engine::Postgres => {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.columns \
             WHERE table_schema = current_schema() AND column_name = 'user_id'"
        }
    };
    let rows: Vec<(String,)> = sqlx::query_as(sql).fetch_all(&t.db.pool).await.unwrap();
    rows.into_iter().map(|(name,)| name).collect()
}

/// P26: one click gives a ZIP with a JSON file per table, a JSON Schema
/// for each and for the manifest, the manifest with schema version and
/// row counts, and each board as CSV; every file validates against its
/// schema.
#[tokio::test]
async fn p26_export_is_a_zip_of_json_files_with_schemas_manifest_and_csv() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let seeded = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let reply = export_with(&app, Some(&seeded.cookie), Some("text/html")).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.headers["content-type"], "application/zip");
    let disposition = reply.headers["content-disposition"].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment; filename=\"offerline-export-")
            && disposition.ends_with(".zip\""),
        "{disposition}"
    );
    assert_eq!(reply.headers["cache-control"], "no-store");
    let files = unzip(&reply.bytes);
    let manifest = json(&files, "manifest.json");
    assert_eq!(manifest["format"], "offerline-export");
    assert_eq!(manifest["format_version"], 1);
    assert!(manifest["schema_version"].as_i64().unwrap() >= 20261202000009);
    let manifest_schema = json(&files, "schemas/manifest.schema.json");
    let validator = jsonschema::validator_for(&manifest_schema).expect("a valid schema");
    assert!(
        validator.is_valid(&manifest),
        "the manifest fits its schema"
    );

    let mut named = BTreeSet::from([
        "manifest.json".to_string(),
        "schemas/manifest.schema.json".to_string(),
    ]);
    for entry in manifest["tables"].as_array().unwrap() {
        let table = entry["table"].as_str().unwrap();
        let data = json(&files, entry["file"].as_str().unwrap());
        let schema = json(&files, entry["schema"].as_str().unwrap());
        assert_eq!(entry["file"], format!("data/{table}.json"));
        let validator = jsonschema::validator_for(&schema)
            .unwrap_or_else(|e| panic!("{table}: the schema is valid: {e}"));
        if let Err(error) = validator.validate(&data) {
            panic!("{table}: the rows fit the schema: {error}");
        }
        assert_eq!(
            data.as_array().unwrap().len() as i64,
            entry["rows"].as_i64().unwrap(),
            "{table}: the manifest counts its rows"
        );
        named.insert(entry["file"].as_str().unwrap().to_string());
        named.insert(entry["schema"].as_str().unwrap().to_string());
    }
    // A file that breaks its schema is caught by it.
    let boards_schema = json(&files, "schemas/boards.schema.json");
    let validator = jsonschema::validator_for(&boards_schema).unwrap();
    assert!(!validator.is_valid(&serde_json::json!([{ "name": 3 }])));

    let boards = json(&files, "data/boards.json");
    assert_eq!(boards[0]["name"], "Autumn 2026 search");
    let cards = json(&files, "data/applications.json");
    assert_eq!(cards.as_array().unwrap().len(), 3);
    assert!(
        cards
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["notes"] == "Ask about the on-call rota.")
    );
    let csv_files = manifest["csv"].as_array().unwrap();
    assert_eq!(csv_files.len(), 1);
    assert_eq!(csv_files[0]["board"], "Autumn 2026 search");
    assert_eq!(csv_files[0]["file"], "applications/autumn-2026-search.csv");
    let csv = String::from_utf8(files["applications/autumn-2026-search.csv"].clone()).unwrap();
    assert!(csv.starts_with("Title,Company,Stage"), "{csv}");
    assert!(
        csv.contains("Platform engineer (senior),Initech,Applied"),
        "{csv}"
    );
    named.insert("applications/autumn-2026-search.csv".into());
    let listed: BTreeSet<String> = files.keys().cloned().collect();
    assert_eq!(listed, named, "the manifest names every file");
}

/// P26 (DESIGN rule 5): every table of the live schema with a `user_id`
/// is exported, or named as left out with its reason; so a table added
/// later is covered without a change to the export.
#[tokio::test]
async fn p26_every_live_table_with_a_user_id_is_exported() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Ben", "ben@example.org").await;
    let files = unzip(&export(&app, &cookie).await);
    let manifest = json(&files, "manifest.json");
    let exported: BTreeSet<String> = manifest["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["table"].as_str().unwrap().to_string())
        .collect();
    let left_out: BTreeMap<String, String> = manifest["left_out_tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["table"].as_str().unwrap().to_string(),
                e["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(left_out.len(), LEFT_OUT.len());
    for (table, reason) in &left_out {
        assert!(reason.len() > 20, "{table} is left out for a stated reason");
    }
    let live = live_user_tables(&t).await;
    assert!(
        live.len() >= 17,
        "the catalogue query finds the tables: {live:?}"
    );
    for table in &live {
        assert!(
            exported.contains(table) || left_out.contains_key(table),
            "{table} holds user rows but is neither exported nor left out with a reason"
        );
        assert!(!(exported.contains(table) && left_out.contains_key(table)));
    }
    assert!(exported.contains("users"), "the account itself is exported");
    for table in &exported {
        assert!(
            table == "users" || live.contains(table),
            "{table} is not a user table"
        );
    }
    // Tables that the import leaves out are real tables of the export.
    for (table, _) in NOT_IMPORTED {
        if !live.contains(*table) && *table != "users" {
            panic!("NOT_IMPORTED names {table}, which is not a user table");
        }
    }
}

/// P26 P01: the export is an allow-list. Every table and column of the
/// live schema is classified: exported by name (`classified::EXPORTED`),
/// left out on purpose (a `LEFT_OUT` table, a secret `*_hash` column, a
/// `LEFT_OUT_COLUMNS` entry), or in a table that holds no person's rows
/// (`NOT_PERSONAL`). A migration that adds a table or column fails here
/// until someone decides where it goes; the list names nothing that does
/// not exist.
#[tokio::test]
async fn p26_every_column_of_the_schema_is_classified() {
    use offerline::server::privacy::data::export::classified::{EXPORTED, NOT_PERSONAL};
    use offerline::server::privacy::data::export::{LEFT_OUT_COLUMNS, SECRET_COLUMNS};
    let t = fx_db().await;
    let mut unclassified = Vec::new();
    let mut live = BTreeSet::new();
    for table in t.db.table_names().await.unwrap() {
        let columns = crate::common::every_table::columns_of(&t, &table).await;
        let personal = table == "users" || columns.iter().any(|c| c == "user_id");
        if !personal {
            if !NOT_PERSONAL.iter().any(|(name, _)| *name == table) {
                unclassified.push(format!("table {table} (no user_id)"));
            }
            continue;
        }
        if LEFT_OUT.iter().any(|(name, _)| *name == table) {
            continue;
        }
        for column in columns {
            live.insert((table.clone(), column.clone()));
            let secret = column.ends_with("_hash") || SECRET_COLUMNS.contains(&column.as_str());
            let left_out = LEFT_OUT_COLUMNS
                .iter()
                .any(|(t, c, _)| *t == table && *c == column);
            let exported = EXPORTED
                .iter()
                .any(|(t, cs)| *t == table && cs.contains(&column.as_str()));
            if !(secret || left_out || exported) {
                unclassified.push(format!("{table}.{column}"));
            }
        }
    }
    assert!(
        unclassified.is_empty(),
        "classify these in src/server/privacy/data/export/classified.rs: {unclassified:?}"
    );
    for (table, columns) in EXPORTED {
        for column in *columns {
            assert!(
                live.contains(&(table.to_string(), column.to_string())),
                "{table}.{column} is listed but not in the schema"
            );
        }
    }
}

/// P26 P01: password and token hashes never leave the server, not as a
/// column and not as a value anywhere in the archive.
#[tokio::test]
async fn p26_secrets_are_never_exported() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Cleo", "cleo@example.org").await;
    // An email link and a second session: more token hashes.
    call(&app, "/api/auth/resend-verification", Some(&cookie), &[]).await;
    let again = sign_in(&app, "cleo@example.org", PASSWORD).await;
    assert_eq!(again.status, 200);
    let (user_id, hash, ..) = user_row(&t, "cleo@example.org").await;
    let mut secrets = vec![hash.expect("a password hash")];
    for sql in [
        "SELECT token_hash FROM sessions WHERE user_id = $1",
        "SELECT token_hash FROM auth_tokens WHERE user_id = $1",
    ] {
        let rows: Vec<(String,)> = sqlx::query_as(sql)
            .bind(&user_id)
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
        assert!(!rows.is_empty(), "{sql}");
        secrets.extend(rows.into_iter().map(|(h,)| h));
    }
    let files = unzip(&export(&app, &cookie).await);
    let manifest = json(&files, "manifest.json");
    let sessions = json(&files, "data/sessions.json");
    assert_eq!(
        sessions.as_array().unwrap().len(),
        2,
        "both sessions are listed"
    );
    let session_entry = manifest["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["table"] == "sessions")
        .unwrap();
    assert_eq!(
        session_entry["left_out_columns"],
        serde_json::json!(["token_hash"])
    );
    for (name, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{name} holds a secret");
        }
        if name.starts_with("data/") {
            assert!(
                !text.contains("password_hash") && !text.contains("token_hash"),
                "{name}"
            );
        }
    }
}

/// P19 P26: an email link is a live key to the account, so the outbox
/// keeps a queued message's bodies sealed (no link in the database), empties
/// them once the message is sent, and the export lists the messages without
/// their bodies.
#[tokio::test]
async fn p19_email_links_are_not_kept_readable_nor_exported() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Cleo", "cleo@example.org").await;
    let token = token_sent_to(&t, "cleo@example.org", "/verify-email").await;
    let raw: Vec<(String, String)> =
        sqlx::query_as("SELECT text_body, html_body FROM outbox WHERE kind = 'verify_email'")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(raw.len(), 1);
    for body in [&raw[0].0, &raw[0].1] {
        assert!(
            !body.contains(&token) && !body.contains("verify-email"),
            "{body}"
        );
        assert!(body.starts_with("sealed1:"), "{body}");
    }
    let files = unzip(&export(&app, &cookie).await);
    let outbox = json(&files, "data/outbox.json");
    let listed = &outbox.as_array().unwrap()[0];
    assert_eq!(listed["kind"], "verify_email");
    assert!(listed.get("text_body").is_none() && listed.get("html_body").is_none());
    for (name, bytes) in &files {
        assert!(!String::from_utf8_lossy(bytes).contains(&token), "{name}");
    }

    run_jobs(&state).await;
    let sent: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT status, text_body, html_body FROM outbox WHERE kind = 'verify_email'",
    )
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(sent, [("sent".into(), String::new(), String::new())]);
    // It was delivered, link and all.
    assert_eq!(
        token_sent_to(&t, "cleo@example.org", "/verify-email").await,
        token
    );
}

/// P20 P26: an export holds only the caller's rows, never another
/// person's; without a session there is no export at all.
#[tokio::test]
async fn p20_p26_export_holds_only_the_callers_data() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let bob = fx_seeded(&app, "bob@example.org", "Bob Stone").await;
    let (bob_id, ..) = user_row(&t, "bob@example.org").await;
    let files = unzip(&export(&app, &ana.cookie).await);
    let all: String = files
        .values()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect();
    assert!(all.contains("ana@example.org") && all.contains("Ana Lima"));
    assert!(!all.contains("bob@example.org") && !all.contains("Bob Stone"));
    assert!(!all.contains(&bob_id) && !all.contains(&bob.board));
    for card in &bob.cards {
        assert!(!all.contains(card.as_str()), "another person's card");
    }
    let anonymous = export_with(&app, None, None).await;
    assert_eq!(anonymous.status, 401);
    let plain = export_with(&app, None, Some("text/html")).await;
    assert_eq!(plain.status, 303);
    assert!(
        location(&plain).starts_with("/sign-in"),
        "{}",
        location(&plain)
    );
    // The Origin check guards the endpoint like every server function.
    let forged = send_raw(
        &app,
        http::Request::builder()
            .method("POST")
            .uri("/settings/data/export")
            .header("host", "offerline.test")
            .header("origin", "https://evil.example")
            .header("cookie", &ana.cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(forged.status, 403);
}

/// P26 P14: a few exports a day per account; past that, a script gets 429
/// and a browser goes back to the page with the reason.
#[tokio::test]
async fn p26_exports_are_rate_limited_per_account() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Dee", "dee@example.org").await;
    let other = sign_up(&app, "Eve", "eve@example.org").await;
    for _ in 0..5 {
        export(&app, &cookie).await;
    }
    let refused = export_with(&app, Some(&cookie), None).await;
    assert_eq!(refused.status, 429);
    assert!(refused.headers.contains_key("retry-after"));
    let plain = export_with(&app, Some(&cookie), Some("text/html")).await;
    assert_eq!(plain.status, 303);
    assert_eq!(
        location(&plain),
        "/settings/data?export_error=error-rate-limited#export"
    );
    export(&app, &other).await;
}

/// P26: a table with more rows than one page is read in full, page after
/// page, each row once.
#[tokio::test]
async fn p26_large_tables_are_streamed_in_pages() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Fay", "fay@example.org").await;
    let (user_id, ..) = user_row(&t, "fay@example.org").await;
    let extra = offerline::server::privacy::data::export::PAGE_ROWS * 2 + 17;
    let mut tx = t.db.pool.begin().await.unwrap();
    for i in 0..extra {
        sqlx::query("INSERT INTO auth_events (id, user_id, kind, device, created_at) VALUES ($1, $2, 'signed_in', 'Firefox', $3)")
            .bind(uuid::Uuid::now_v7().to_string())
            .bind(&user_id)
            .bind(i)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let held: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM auth_events WHERE user_id = $1")
        .bind(&user_id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let files = unzip(&export(&app, &cookie).await);
    let events = json(&files, "data/auth_events.json");
    let ids: BTreeSet<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len() as i64, held);
    assert_eq!(events.as_array().unwrap().len() as i64, held);
}

/// P04 P26: the export holds every document version's original file under
/// `documents/`, byte for byte (opened out of its sealed storage), named
/// in the manifest with its document and version, next to the rows of
/// `documents` and `document_versions`. Importing the archive leaves the
/// documents out, as `NOT_IMPORTED` says, and refuses nothing else.
#[tokio::test]
async fn p04_p26_export_holds_the_original_file_of_every_document_version() {
    use crate::common::documents::{PDF, docx, fx_document, post_multipart};
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Ana Lima", "ana@example.org").await;
    let id = fx_document(&app, &cookie, "Resume", ("Ana CV.pdf", PDF)).await;
    let second = docx();
    let reply = post_multipart(
        &app,
        &format!("/documents/{id}/versions"),
        Some(&cookie),
        &[("label", "Mollie, backend")],
        Some(("Ana CV.docx", second.as_slice())),
        None,
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);

    let archive = export(&app, &cookie).await;
    let files = unzip(&archive);
    assert_eq!(files[&format!("documents/{id}/1-Ana CV.pdf")], PDF);
    assert_eq!(files[&format!("documents/{id}/2-Ana CV.docx")], second);
    let manifest = json(&files, "manifest.json");
    let named: Vec<&str> = manifest["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            assert_eq!(d["document_id"], id.as_str());
            d["file"].as_str().unwrap()
        })
        .collect();
    assert_eq!(named.len(), 2);
    for file in &named {
        assert!(files.contains_key(*file), "{file}");
    }
    let schema = json(&files, "schemas/manifest.schema.json");
    assert!(
        jsonschema::validator_for(&schema)
            .unwrap()
            .is_valid(&manifest)
    );
    let versions = json(&files, "data/document_versions.json");
    assert_eq!(versions.as_array().unwrap().len(), 2);
    assert_eq!(versions[1]["label"], "Mollie, backend");
    assert_eq!(json(&files, "data/documents.json")[0]["title"], "Resume");

    let other = sign_up(&app, "Ana Again", "ana.again@example.org").await;
    let report = import_report(&app, &other, &archive).await;
    assert_eq!(report["skipped_count"], 0, "{report}");
    let list = call(&app, "/api/documents/list", Some(&other), &[]).await;
    assert!(list.body.contains("\"documents\":[]"), "{}", list.body);
}
