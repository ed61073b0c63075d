//! The export of a large account (P26): prepared by the job worker with a
//! progress count, stored encrypted, announced by email with a link that
//! works once, for 24 hours, for its owner only; then deleted. Each test
//! runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use crate::data_support::*;
use offerline::server::privacy::data::export::prepared;
use offerline::server::state::AppState;
use offerline::server::time::now_ms;

/// Every account counts as large: its export is prepared in the background.
fn large(t: &TestDb) -> AppState {
    fx_state_with(t, &[("OFFERLINE_EXPORT_BACKGROUND_ROWS", "0")])
}

/// The (export id, token) of the newest export link emailed to `to`.
async fn link_sent_to(t: &TestDb, to: &str) -> (String, String) {
    let needle = "http://offerline.test/settings/data/exports/";
    for (kind, _, text) in emails_to(t, to).await {
        if kind != "export_ready" {
            continue;
        }
        let start = text.find(needle).expect("the email has the link") + needle.len();
        let rest = &text[start..];
        let (id, rest) = rest.split_once("?token=").expect("the link has a token");
        let token: String = rest.chars().take_while(char::is_ascii_hexdigit).collect();
        return (id.to_string(), token);
    }
    panic!("no export link was emailed to {to}");
}

async fn export_row(t: &TestDb, id: &str) -> Option<(String, i64, i64)> {
    sqlx::query_as("SELECT status, rows_done, rows_total FROM data_exports WHERE id = $1")
        .bind(id)
        .fetch_optional(&t.db.pool)
        .await
        .unwrap()
}

/// P26 P19: a large account's export is queued, not streamed; the worker
/// writes it with its progress, stores it sealed under the owner's folder,
/// and emails a link; the page behind the link offers one download of the
/// same archive a small account gets at once, after which the file is gone
/// and the link refuses.
#[tokio::test]
async fn p26_large_export_is_prepared_in_the_background_and_downloaded_once() {
    let t = fx_db().await;
    let state = large(&t);
    let app = fx_app(state.clone());
    let seeded = fx_seeded(&app, "ana@example.org", "Ana Lima").await;

    let reply = export_with(&app, Some(&seeded.cookie), Some("text/html")).await;
    assert_eq!(reply.status, 303, "a browser is sent back to the progress");
    assert_eq!(
        location(&reply),
        "/settings/data?notice=export-queued#export"
    );
    let (id, status): (String, String) = sqlx::query_as("SELECT id, status FROM data_exports")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(status, "queued");
    let again = export_with(&app, Some(&seeded.cookie), Some("text/html")).await;
    assert_eq!(
        location(&again),
        "/settings/data?export_error=error-data-export-busy#export",
        "one preparation at a time"
    );

    run_jobs(&state).await;
    let (status, done, total) = export_row(&t, &id).await.unwrap();
    assert_eq!(status, "ready");
    assert!(total > 20, "every row is counted: {total}");
    assert_eq!(done, total, "the progress reached the end");
    let user_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind("ana@example.org")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let stored = state.storage.list("").await.unwrap();
    assert_eq!(
        stored,
        vec![format!("users/{user_id}/exports/{id}.zip.sealed")],
        "one file, in the owner's folder"
    );
    let raw = std::fs::read(t.dir.path().join("files").join(&stored[0])).unwrap();
    let raw_text = String::from_utf8_lossy(&raw);
    for secret in ["ana@example.org", "Ana Lima", "manifest.json", "Globex"] {
        assert!(
            !raw_text.contains(secret),
            "{secret} is not readable at rest"
        );
    }

    let (link_id, token) = link_sent_to(&t, "ana@example.org").await;
    assert_eq!(link_id, id);
    let page = send(
        &app,
        get(&format!("/settings/data/exports/{id}?token={token}"))
            .header("cookie", &seeded.cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains(&format!("action=\"/settings/data/exports/{id}/download\""))
            && page.body.contains(&format!("value=\"{token}\"")),
        "the page renders the download form without JavaScript"
    );

    let download = download_prepared(&app, &seeded.cookie, &id, &token).await;
    assert_eq!(
        download.status,
        200,
        "{}",
        String::from_utf8_lossy(&download.bytes)
    );
    assert_eq!(download.headers["content-type"], "application/zip");
    let files = unzip(&download.bytes);
    let manifest = json(&files, "manifest.json");
    let rows: i64 = manifest["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["rows"].as_i64().unwrap())
        .sum();
    assert_eq!(
        rows, total,
        "the archive holds the rows the progress counted"
    );
    let profile = json(&files, "data/profiles.json");
    assert_eq!(profile[0]["city"], "Gent");
    assert!(
        state.storage.list("").await.unwrap().is_empty(),
        "the file is deleted once sent"
    );

    let twice = download_prepared(&app, &seeded.cookie, &id, &token).await;
    assert_eq!(twice.status, 303);
    assert_eq!(
        location(&twice),
        format!("/settings/data/exports/{id}?gone=1")
    );
}

/// P26 P20: the link works only for its owner, only with its token, and
/// not after 24 hours; the prune then deletes the file and the row.
#[tokio::test]
async fn p26_the_link_is_the_owners_only_and_expires_after_a_day() {
    let t = fx_db().await;
    let state = large(&t);
    let app = fx_app(state.clone());
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let bob = fx_seeded(&app, "bob@example.org", "Bob Stone").await;
    export_with(&app, Some(&ana.cookie), Some("text/html")).await;
    run_jobs(&state).await;
    let (id, token) = link_sent_to(&t, "ana@example.org").await;

    let stolen = download_prepared(&app, &bob.cookie, &id, &token).await;
    assert_eq!(
        location(&stolen),
        format!("/settings/data/exports/{id}?gone=1")
    );
    let api = call(
        &app,
        "/api/data/prepared/one",
        Some(&bob.cookie),
        &[("id", &id)],
    )
    .await;
    assert_eq!(api.status, 404, "another person's export is not found");
    let guessed = download_prepared(&app, &ana.cookie, &id, &"0".repeat(64)).await;
    assert_eq!(
        location(&guessed),
        format!("/settings/data/exports/{id}?gone=1")
    );
    assert_eq!(
        export_row(&t, &id).await.unwrap().0,
        "ready",
        "failed tries spend nothing"
    );

    let signed_out = download_prepared(&app, "", &id, &token).await;
    assert_eq!(signed_out.status, 303);
    assert!(
        location(&signed_out).starts_with("/sign-in"),
        "{}",
        location(&signed_out)
    );

    assert_eq!(prepared::prune_at(&state, now_ms()).await.unwrap(), 0);
    let day_later = now_ms() + prepared::LINK_VALID_MS + 1;
    assert_eq!(prepared::prune_at(&state, day_later).await.unwrap(), 1);
    assert!(export_row(&t, &id).await.is_none());
    assert!(state.storage.list("").await.unwrap().is_empty());
    let late = download_prepared(&app, &ana.cookie, &id, &token).await;
    assert_eq!(
        location(&late),
        format!("/settings/data/exports/{id}?gone=1")
    );
}

/// P26: the page shows the progress of a preparation under way, on the
/// server (a progress bar and a refresh link work without JavaScript).
#[tokio::test]
async fn p26_the_data_page_shows_the_progress_of_a_preparation() {
    let t = fx_db().await;
    let state = large(&t);
    let app = fx_app(state.clone());
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    export_with(&app, Some(&ana.cookie), Some("text/html")).await;
    sqlx::query("UPDATE data_exports SET status = 'running', rows_done = 30, rows_total = 120")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let page = send(
        &app,
        get("/settings/data")
            .header("cookie", &ana.cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<progress"), "a progress bar");
    assert!(page.body.contains("value=\"25\""), "at 25%");
    let at = page.body.find("<progress").unwrap();
    // The seeded person reads Dutch.
    assert!(
        page.body.contains("30 van 120 records"),
        "{}",
        &page.body[at..at + 600]
    );
}
