//! All SQL of `app_settings`.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

pub async fn get(scope: &Scope, db: &Db, key: &str) -> Result<Option<String>, AppError> {
    scope.system()?;
    let row: Option<(String,)> = sqlx::query_as("SELECT value FROM app_settings WHERE key = $1")
        .bind(key)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|(value,)| value))
}

pub async fn put(scope: &Scope, db: &Db, key: &str, value: &str, now: i64) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query(
        "INSERT INTO app_settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(key)
    .bind(value)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn insert_if_absent(
    scope: &Scope,
    db: &Db,
    key: &str,
    value: &str,
    now: i64,
) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query(
        "INSERT INTO app_settings (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
    )
    .bind(key)
    .bind(value)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}
