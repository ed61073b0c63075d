//! All SQL of consent records: the proof of each choice a signed-in person
//! made (P29), theirs alone, erased with their account.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

/// A choice to keep as proof.
pub struct NewRecord {
    pub id: String,
    pub purpose: &'static str,
    pub granted: bool,
    pub policy_version: String,
    pub source: String,
}

/// A kept choice, as the person's own pages and export show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecordRow {
    pub purpose: String,
    pub granted: i64,
    pub policy_version: String,
    pub source: String,
    pub created_at: i64,
}

pub async fn insert(scope: &Scope, db: &Db, record: &NewRecord, now: i64) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    sqlx::query(
        "INSERT INTO consents (id, user_id, purpose, granted, policy_version, source, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&record.id)
    .bind(user_id)
    .bind(record.purpose)
    .bind(i64::from(record.granted))
    .bind(&record.policy_version)
    .bind(&record.source)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The caller's own choices, newest first.
pub async fn list(scope: &Scope, db: &Db) -> Result<Vec<RecordRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(
        "SELECT purpose, granted, policy_version, source, created_at FROM consents \
         WHERE user_id = $1 ORDER BY created_at DESC, id DESC",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}
