//! All SQL of the versioned policies: the versions, and each user's
//! acknowledgement and notification of them.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

/// A row of `policy_versions`.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VersionRow {
    pub version: String,
    pub effective_at: i64,
    pub summary_en: String,
    pub summary_nl: String,
    pub summary_fr: String,
    pub created_at: i64,
}

const COLUMNS: &str = "version, effective_at, summary_en, summary_nl, summary_fr, created_at";

/// Every version, newest first. The versions are public (the policy pages
/// list them), so any scope may read them.
pub async fn list(_scope: &Scope, db: &Db) -> Result<Vec<VersionRow>, AppError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM policy_versions ORDER BY effective_at DESC, created_at DESC"
    ))
    .fetch_all(&db.pool)
    .await?)
}

/// The version in force at `now`: the newest that has taken effect.
pub async fn in_force(_scope: &Scope, db: &Db, now: i64) -> Result<Option<VersionRow>, AppError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM policy_versions WHERE effective_at <= $1 \
         ORDER BY effective_at DESC, created_at DESC LIMIT 1"
    ))
    .bind(now)
    .fetch_optional(&db.pool)
    .await?)
}

/// The newest published version, in force or announced.
pub async fn newest(_scope: &Scope, db: &Db) -> Result<Option<VersionRow>, AppError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM policy_versions ORDER BY effective_at DESC, created_at DESC LIMIT 1"
    ))
    .fetch_optional(&db.pool)
    .await?)
}

/// A version to store.
pub struct NewVersion<'a> {
    pub version: &'a str,
    pub effective_at: i64,
    pub summary_en: &'a str,
    pub summary_nl: &'a str,
    pub summary_fr: &'a str,
    pub published_by: Option<&'a str>,
}

/// Stores a version; `Conflict` when its name is taken. Administrators
/// (checked by the rules) and the command line (`Scope::System`) only.
pub async fn insert(
    scope: &Scope,
    db: &Db,
    new: &NewVersion<'_>,
    now: i64,
) -> Result<(), AppError> {
    if !matches!(scope, Scope::System) {
        scope.staff()?;
    }
    let taken: Option<(String,)> =
        sqlx::query_as("SELECT version FROM policy_versions WHERE version = $1")
            .bind(new.version)
            .fetch_optional(&db.pool)
            .await?;
    if taken.is_some() {
        return Err(AppError::Conflict("policy version".into()));
    }
    sqlx::query(
        "INSERT INTO policy_versions \
         (version, effective_at, summary_en, summary_nl, summary_fr, published_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new.version)
    .bind(new.effective_at)
    .bind(new.summary_en)
    .bind(new.summary_nl)
    .bind(new.summary_fr)
    .bind(new.published_by)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The newest version the signed-in user has seen: the one acknowledged
/// in the app, else the one accepted at sign-up.
pub async fn acknowledged(scope: &Scope, db: &Db) -> Result<Option<String>, AppError> {
    let (seen,): (Option<String>,) = sqlx::query_as(
        "SELECT COALESCE(policy_seen_version, policy_version) FROM users WHERE id = $1",
    )
    .bind(scope.user_id()?)
    .fetch_one(&db.pool)
    .await?;
    Ok(seen)
}

/// Records that the signed-in user acknowledged `version`.
pub async fn acknowledge(scope: &Scope, db: &Db, version: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET policy_seen_version = $1 WHERE id = $2")
        .bind(version)
        .bind(scope.user_id()?)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// A user to tell about a version.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub id: String,
    pub email: String,
    pub name: String,
    pub locale: String,
}

/// Up to `limit` active users not yet emailed about `version` (those who
/// accepted it at sign-up need no email).
pub async fn not_notified(
    scope: &Scope,
    db: &Db,
    version: &str,
    limit: i64,
) -> Result<Vec<Recipient>, AppError> {
    scope.system()?;
    Ok(sqlx::query_as(
        "SELECT id, email, name, locale FROM users \
         WHERE disabled_at IS NULL \
           AND (policy_notified_version IS NULL OR policy_notified_version <> $1) \
           AND (policy_version IS NULL OR policy_version <> $1) \
         ORDER BY id LIMIT $2",
    )
    .bind(version)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}

/// Marks `user_id` as emailed about `version`.
pub async fn mark_notified(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    version: &str,
) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query("UPDATE users SET policy_notified_version = $1 WHERE id = $2")
        .bind(version)
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// How many users were emailed about `version`, and how many users there
/// are (active), for the administrators' page.
pub async fn notified_counts(
    scope: &Scope,
    db: &Db,
    version: &str,
) -> Result<(i64, i64), AppError> {
    scope.staff()?;
    Ok(sqlx::query_as(
        "SELECT \
           COALESCE(SUM(CASE WHEN policy_notified_version = $1 OR policy_version = $1 THEN 1 ELSE 0 END), 0), \
           COUNT(*) \
         FROM users WHERE disabled_at IS NULL",
    )
    .bind(version)
    .fetch_one(&db.pool)
    .await?)
}
