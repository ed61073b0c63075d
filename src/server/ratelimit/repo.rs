//! All SQL of `rate_limits`.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

/// Adds a hit to `bucket`, starting a new window when the stored one began
/// at or before `stale_before`. Returns the hits and the window's start.
pub async fn hit(
    scope: &Scope,
    db: &Db,
    bucket: &str,
    now: i64,
    stale_before: i64,
) -> Result<(i64, i64), AppError> {
    scope.system()?;
    let row: (i64, i64) = sqlx::query_as(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (bucket) DO UPDATE SET \
           hits = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.hits + 1 END, \
           window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END \
         RETURNING hits, window_start",
    )
    .bind(bucket)
    .bind(now)
    .bind(stale_before)
    .fetch_one(&db.pool)
    .await?;
    Ok(row)
}

/// The hits and window start of a live window, if any.
pub async fn current(
    scope: &Scope,
    db: &Db,
    bucket: &str,
    stale_before: i64,
) -> Result<Option<(i64, i64)>, AppError> {
    scope.system()?;
    Ok(sqlx::query_as(
        "SELECT hits, window_start FROM rate_limits WHERE bucket = $1 AND window_start > $2",
    )
    .bind(bucket)
    .bind(stale_before)
    .fetch_optional(&db.pool)
    .await?)
}

pub async fn delete(scope: &Scope, db: &Db, bucket: &str) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query("DELETE FROM rate_limits WHERE bucket = $1")
        .bind(bucket)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn prune(scope: &Scope, db: &Db, before: i64) -> Result<u64, AppError> {
    scope.system()?;
    let done = sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
        .bind(before)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
