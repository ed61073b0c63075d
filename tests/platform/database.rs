//! The database layer on whichever engine the run uses.

use crate::common::fx_db;
use offerline::server::db::{Db, Engine};
use offerline::server::instance;
use offerline::server::scope::Scope;

#[tokio::test]
async fn migrations_leave_the_schema_current() {
    let t = fx_db().await;
    let status = t.db.schema_status().await.unwrap();
    assert!(status.is_current(), "{status:?}");
    // Applying again is a no-op.
    t.db.migrate().await.unwrap();
    let tables = t.db.table_names().await.unwrap();
    for table in ["app_settings", "jobs", "users"] {
        assert!(tables.contains(&table.to_string()), "{tables:?}");
    }
}

#[tokio::test]
async fn a_fresh_database_reports_pending_migrations() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::connect(&format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("x.db").display()
    ))
    .await
    .unwrap();
    let status = db.schema_status().await.unwrap();
    assert!(!status.pending.is_empty());
    assert!(status.unknown.is_empty());
}

#[tokio::test]
async fn a_migration_from_a_newer_binary_is_reported() {
    let t = fx_db().await;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99990101000000, 'from the future', TRUE, $1, 0)",
    )
    .bind(vec![0u8; 48])
    .execute(&t.db.pool)
    .await
    .unwrap();
    let status = t.db.schema_status().await.unwrap();
    assert_eq!(status.unknown, vec![99990101000000]);
    assert!(
        t.db.migrate().await.is_err(),
        "refuses to run against a newer schema"
    );
}

#[tokio::test]
async fn sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout() {
    let t = fx_db().await;
    if t.db.engine != Engine::Sqlite {
        return;
    }
    let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let (fk,): (i64,) = sqlx::query_as("PRAGMA foreign_keys")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    let (busy,): (i64,) = sqlx::query_as("PRAGMA busy_timeout")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!((mode.as_str(), fk, busy), ("wal", 1, 5000));
}

#[tokio::test]
async fn foreign_keys_cascade_on_both_engines() {
    let t = fx_db().await;
    sqlx::query("INSERT INTO users (id, email, name, created_at, updated_at) VALUES ('u1', 'a@example.com', 'A', 0, 0)")
        .execute(&t.db.pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO jobs (id, kind, user_id, run_at, created_at, updated_at) VALUES ('j1', 'k', 'u1', 0, 0, 0)")
        .execute(&t.db.pool)
        .await
        .unwrap();
    sqlx::query("DELETE FROM users WHERE id = 'u1'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM jobs")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
}

#[tokio::test]
async fn emails_are_unique_whatever_their_case() {
    let t = fx_db().await;
    let insert = |id: &'static str, email: &'static str| {
        sqlx::query("INSERT INTO users (id, email, name, created_at, updated_at) VALUES ($1, $2, 'A', 0, 0)")
            .bind(id)
            .bind(email)
            .execute(&t.db.pool)
    };
    insert("u1", "Ann@Example.com").await.unwrap();
    assert!(insert("u2", "ann@example.COM").await.is_err());
}

#[tokio::test]
async fn instance_settings_record_the_first_start_only_once() {
    let t = fx_db().await;
    instance::record_start(&t.db).await.unwrap();
    let first = instance::repo::get(&Scope::System, &t.db, instance::INSTALLED_AT)
        .await
        .unwrap();
    instance::record_start(&t.db).await.unwrap();
    let again = instance::repo::get(&Scope::System, &t.db, instance::INSTALLED_AT)
        .await
        .unwrap();
    assert!(first.is_some());
    assert_eq!(first, again);
    let version = instance::repo::get(&Scope::System, &t.db, instance::LAST_VERSION)
        .await
        .unwrap();
    assert_eq!(version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
}
