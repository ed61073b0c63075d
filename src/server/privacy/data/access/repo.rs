//! All SQL of the right of access: the histories the "Your data" page
//! shows. Counts per table come from the export's generic reader, which
//! lists the tables from the live schema.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    pub purpose: String,
    pub granted: i64,
    pub policy_version: String,
    pub source: String,
    pub created_at: i64,
}

/// The person's consent choices, newest first.
pub async fn consents(scope: &Scope, db: &Db, limit: i64) -> Result<Vec<ConsentRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(
        "SELECT purpose, granted, policy_version, source, created_at FROM consents \
         WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
    )
    .bind(user_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HistoryRow {
    pub kind: String,
    pub device: String,
    pub created_at: i64,
}

/// The account's history (sign-ins, failed attempts, changes), newest first.
pub async fn history(scope: &Scope, db: &Db, limit: i64) -> Result<Vec<HistoryRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(
        "SELECT kind, device, created_at FROM auth_events WHERE user_id = $1 \
         ORDER BY created_at DESC, id DESC LIMIT $2",
    )
    .bind(user_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffRow {
    pub action: String,
    pub created_at: i64,
}

/// What staff did with the account: audit entries whose subject is the
/// keyed hash of the signed-in person's id (`subject_hash`, computed by
/// the caller from that id, never taken from the request).
pub async fn staff_access(
    scope: &Scope,
    db: &Db,
    subject_hash: &str,
    limit: i64,
) -> Result<Vec<StaffRow>, AppError> {
    scope.user_id()?;
    Ok(sqlx::query_as(
        "SELECT action, created_at FROM audit_log WHERE subject_hash = $1 \
         ORDER BY created_at DESC, id DESC LIMIT $2",
    )
    .bind(subject_hash)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}
