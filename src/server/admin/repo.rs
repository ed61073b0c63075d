//! All SQL of the staff tools: the audit log (written, listed, and asked
//! whether an entry grants access), and deleting an account on staff's
//! word.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;
use sqlx::AnyConnection;

/// One act of staff, as the audit log keeps it.
pub struct Entry {
    pub id: String,
    /// The staff member; `None` for the command line (the operator).
    pub actor_id: Option<String>,
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
    scope.admin()?;
    let mut tx = db.pool.begin().await?;
    write_entry(&mut tx, entry, now).await?;
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

/// Ends every session of `user_id` and writes `entry`, together; answers
/// how many sessions ended.
pub async fn end_sessions(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    entry: &Entry,
    now: i64,
) -> Result<u64, AppError> {
    scope.admin()?;
    let mut tx = db.pool.begin().await?;
    write_entry(&mut tx, entry, now).await?;
    let ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    Ok(ended)
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

/// Writes an act of staff (or, with the system's scope, of the operator
/// at the command line) to the audit log.
pub async fn insert(scope: &Scope, db: &Db, entry: &Entry, now: i64) -> Result<(), AppError> {
    if scope.system().is_err() {
        scope.staff()?;
    }
    let mut conn = db.pool.acquire().await?;
    write_entry(&mut conn, entry, now).await
}

async fn write_entry(conn: &mut AnyConnection, entry: &Entry, now: i64) -> Result<(), AppError> {
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
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether the audit entry `id` is the signed-in staff member's, of
/// `action` on the person `subject_hash`, after `since`, with a reason
/// that starts with `reason_prefix`.
pub async fn grants(
    scope: &Scope,
    db: &Db,
    id: &str,
    access: &Access<'_>,
) -> Result<bool, AppError> {
    let staff = scope.staff()?;
    let found: Option<(String,)> = sqlx::query_as(
        "SELECT id FROM audit_log WHERE id = $1 AND actor_id = $2 AND action = $3 \
         AND subject_hash = $4 AND created_at >= $5 AND reason LIKE $6",
    )
    .bind(id)
    .bind(&staff.user_id)
    .bind(access.action)
    .bind(access.subject_hash)
    .bind(access.since)
    // The prefix is made of a UUID and plain words: no LIKE wildcards.
    .bind(format!("{}%", access.reason_prefix))
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

/// What an audit entry must say to grant staff access to something.
pub struct Access<'a> {
    pub action: &'a str,
    pub subject_hash: &'a str,
    pub reason_prefix: &'a str,
    pub since: i64,
}
