//! All SQL of erasure: disabling an account for deletion, cancelling it,
//! and the purge.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

/// Disables the user's account and stops everything pending for it, in one
/// transaction: sessions end, queued emails and jobs are dropped.
pub async fn schedule(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    now: i64,
    purge_after: i64,
) -> Result<(), AppError> {
    if scope.user_id()? != user_id {
        return Err(AppError::NotFound);
    }
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "UPDATE users SET disabled_at = $2, deletion_requested_at = $2, purge_after = $3, \
         updated_at = $2 WHERE id = $1",
    )
    .bind(user_id)
    .bind(now)
    .bind(purge_after)
    .execute(&mut *tx)
    .await?;
    for sql in [
        "DELETE FROM sessions WHERE user_id = $1",
        "DELETE FROM outbox WHERE user_id = $1 AND status = 'queued'",
        "DELETE FROM jobs WHERE user_id = $1 AND status = 'queued'",
    ] {
        sqlx::query(sql).bind(user_id).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Re-enables an account whose deletion is pending and not yet due.
pub async fn cancel(scope: &Scope, db: &Db, user_id: &str, now: i64) -> Result<bool, AppError> {
    scope.system()?;
    let changed = sqlx::query(
        "UPDATE users SET disabled_at = NULL, deletion_requested_at = NULL, purge_after = NULL, \
         updated_at = $2 WHERE id = $1 AND purge_after IS NOT NULL AND purge_after > $2",
    )
    .bind(user_id)
    .bind(now)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Accounts whose grace period ended by `now`.
pub async fn due(scope: &Scope, db: &Db, now: i64, limit: i64) -> Result<Vec<String>, AppError> {
    scope.system()?;
    Ok(sqlx::query_scalar(
        "SELECT id FROM users WHERE purge_after IS NOT NULL AND purge_after <= $1 \
         ORDER BY purge_after LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}

/// Deletes a due account; its rows in every personal table cascade.
pub async fn erase(scope: &Scope, db: &Db, user_id: &str, now: i64) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query(
        "DELETE FROM users WHERE id = $1 AND purge_after IS NOT NULL AND purge_after <= $2",
    )
    .bind(user_id)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}
