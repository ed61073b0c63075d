//! All SQL of the staff tools: the audit log, and deleting an account on
//! staff's word.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

/// One act of staff, as the audit log keeps it.
pub struct Entry {
    pub id: String,
    pub actor_id: String,
    pub action: &'static str,
    pub subject_hash: String,
    pub reason: String,
}

/// Writes `entry` and deletes the user `user_id` in one transaction: no
/// deletion without its audit entry, and no entry for a deletion that did
/// not happen.
pub async fn delete_account(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    entry: &Entry,
    now: i64,
) -> Result<(), AppError> {
    scope.staff()?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO audit_log (id, actor_id, action, subject_hash, reason, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&entry.id)
    .bind(&entry.actor_id)
    .bind(entry.action)
    .bind(&entry.subject_hash)
    .bind(&entry.reason)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let deleted = sqlx::query("DELETE FROM users WHERE id = $1 AND role = 'user'")
        .bind(user_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if deleted != 1 {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// An audit entry as staff pages list it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EntryRow {
    pub actor_id: Option<String>,
    pub action: String,
    pub subject_hash: String,
    pub created_at: i64,
}

/// The newest audit entries, for staff.
pub async fn recent(scope: &Scope, db: &Db, limit: i64) -> Result<Vec<EntryRow>, AppError> {
    scope.staff()?;
    Ok(sqlx::query_as(
        "SELECT actor_id, action, subject_hash, created_at FROM audit_log \
         ORDER BY created_at DESC, id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}
