//! A person with data in every personal table, entered through the same
//! server functions the app uses wherever one exists, for the erasure
//! tests, and the scans that prove erasure left nothing. Tables no server
//! function fills yet are filled with one plain row; [`uncovered_tables`]
//! tells a test which tables of the live schema a seeded user has no row in,
//! so a table added later cannot slip past them.

use super::TestDb;
use super::account::call;
use super::seed::{Seeded, fx_seeded};
use axum::Router;

/// [`fx_seeded`] `name` <`email`>, plus a row in every other personal
/// table: a failed sign-in, a password reset asked for (a queued job), a
/// support ticket, a data export, a document with two versions, and plain
/// rows where no server function reaches.
pub async fn fx_full_account(app: &Router, t: &TestDb, name: &str, email: &str) -> Seeded {
    let seeded = fx_seeded(app, email, name).await;
    let cookie = seeded.cookie.clone();
    // A failed sign-in (an account event).
    call(
        app,
        "/api/auth/sign-in",
        None,
        &[("email", email), ("password", "not the password")],
    )
    .await;
    expect_ok(
        app,
        "/api/auth/forgot-password",
        &cookie,
        &[("email", email)],
    )
    .await;
    expect_ok(
        app,
        "/api/support/open",
        &cookie,
        &[
            ("subject", &format!("Question from {name}")),
            ("message", &format!("Please answer {email}.")),
        ],
    )
    .await;
    // A data export. With `OFFERLINE_EXPORT_BACKGROUND_ROWS=0` it is
    // prepared in the background (a `data_exports` row and, once the jobs
    // run, a stored file).
    let export = super::send(
        app,
        super::post_form("/settings/data/export")
            .header("cookie", &cookie)
            .header("origin", "http://offerline.test")
            .header("accept", "text/html")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert!(
        export.status == 200 || export.status == 303,
        "export: {}",
        export.status
    );
    // A document with two versions, stored sealed under the account's
    // folder (P04): its title names the person.
    let document = super::documents::fx_document(
        app,
        &cookie,
        &format!("Resume of {name}"),
        ("resume.pdf", super::documents::PDF),
    )
    .await;
    let version = super::documents::post_multipart(
        app,
        &format!("/documents/{document}/versions"),
        Some(&cookie),
        &[("label", &format!("For {email}"))],
        Some(("resume.txt", format!("{name}\n{email}\n").as_bytes())),
        None,
    )
    .await;
    assert_eq!(version.status, 201, "{}", version.body);
    fill_remaining(t, &seeded.user_id, &seeded.board, name, email).await;
    seeded
}

async fn expect_ok(app: &Router, path: &str, cookie: &str, pairs: &[(&str, &str)]) {
    let reply = call(app, path, Some(cookie), pairs).await;
    assert!(
        reply.status == 200 || (300..400).contains(&reply.status),
        "{path}: {} {}",
        reply.status,
        reply.body
    );
}

/// One row in each table that no server function above reaches.
async fn fill_remaining(t: &TestDb, user_id: &str, board: &str, name: &str, email: &str) {
    let id = || uuid::Uuid::now_v7().to_string();
    let statements: Vec<(&str, Vec<String>)> = vec![
        (
            "INSERT INTO csv_imports (id, user_id, board_id, file_name, content, created_at) \
             VALUES ($1, $2, $3, 'jobs.csv', $4, 0)",
            vec![
                id(),
                user_id.into(),
                board.into(),
                format!("title\n{name} {email}\n"),
            ],
        ),
        (
            "INSERT INTO consents (id, user_id, purpose, granted, policy_version, source, created_at) \
             VALUES ($1, $2, 'analytics', 1, '2026-11-23', 'banner', 0)",
            vec![id(), user_id.into()],
        ),
        (
            "INSERT INTO analytics_events (id, user_id, visit_id, kind, name, created_at) \
             VALUES ($1, $2, $3, 'page_view', '/boards', 0)",
            vec![id(), user_id.into(), id()],
        ),
    ];
    for (sql, binds) in statements {
        let mut query = sqlx::query(sql);
        for value in binds {
            query = query.bind(value);
        }
        query
            .execute(&t.db.pool)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
}

/// The tables of the live schema with a `user_id` column (or `users`
/// itself) in which `user_id` has no row.
pub async fn uncovered_tables(t: &TestDb, user_id: &str) -> Vec<String> {
    let mut missing = Vec::new();
    for table in t.db.table_names().await.unwrap() {
        let columns = columns_of(t, &table).await;
        let owner = if table == "users" {
            "id"
        } else if columns.iter().any(|c| c == "user_id") {
            "user_id"
        } else {
            continue;
        };
        let n: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE {owner} = $1"))
                .bind(user_id)
                .fetch_one(&t.db.pool)
                .await
                .unwrap();
        if n == 0 {
            missing.push(table);
        }
    }
    missing
}

/// The columns of `table`, from the live schema.
pub async fn columns_of(t: &TestDb, table: &str) -> Vec<String> {
    let sql = if t.url.starts_with("sqlite:") {
        "SELECT name FROM pragma_table_info($1)"
    } else {
        "SELECT column_name::TEXT FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name = $1"
    };
    sqlx::query_scalar(sql)
        .bind(table)
        .fetch_all(&t.db.pool)
        .await
        .unwrap()
}

/// Every (table, column) of the live schema whose value contains one of
/// `needles` (any case): the scan that proves erasure left nothing.
pub async fn find_anywhere(t: &TestDb, needles: &[&str]) -> Vec<String> {
    let mut hits = Vec::new();
    for table in t.db.table_names().await.unwrap() {
        for column in columns_of(t, &table).await {
            for needle in needles {
                let n: i64 = sqlx::query_scalar(&format!(
                    "SELECT COUNT(*) FROM {table} WHERE lower(CAST({column} AS TEXT)) LIKE $1"
                ))
                .bind(format!("%{}%", needle.to_lowercase()))
                .fetch_one(&t.db.pool)
                .await
                .unwrap();
                if n > 0 {
                    hits.push(format!("{table}.{column} holds {needle:?} ({n} rows)"));
                }
            }
        }
    }
    hits
}

/// Every file of the `.eml` outbox folder whose text contains one of
/// `needles` (any case): what the file mailer delivered must go with the
/// account too.
pub fn find_in_mail_files(t: &TestDb, needles: &[&str]) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(t.dir.path().join("outbox")) else {
        return Vec::new();
    };
    let mut hits = Vec::new();
    for entry in entries.flatten() {
        let text = std::fs::read_to_string(entry.path())
            .unwrap_or_default()
            .to_lowercase();
        for needle in needles {
            if text.contains(&needle.to_lowercase()) {
                hits.push(format!("{} holds {needle:?}", entry.path().display()));
            }
        }
    }
    hits
}

/// How many `.eml` files the outbox folder holds.
pub fn mail_files(t: &TestDb) -> usize {
    std::fs::read_dir(t.dir.path().join("outbox"))
        .map(|entries| entries.flatten().count())
        .unwrap_or(0)
}
