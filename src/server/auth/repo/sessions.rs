//! `sessions`: one row per signed-in browser, found by the hash of its
//! cookie token.

use super::own;
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::{Objections, Role, Scope, UserScope};

pub struct NewSession<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub token_hash: &'a str,
    pub persistent: bool,
    pub user_agent: &'a str,
    pub expires_at: i64,
}

pub async fn insert_session(
    scope: &Scope,
    db: &Db,
    session: &NewSession<'_>,
    now: i64,
) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query(
        "INSERT INTO sessions (id, user_id, token_hash, persistent, user_agent, created_at, last_seen_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7)",
    )
    .bind(session.id)
    .bind(session.user_id)
    .bind(session.token_hash)
    .bind(i64::from(session.persistent))
    .bind(session.user_agent)
    .bind(now)
    .bind(session.expires_at)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// A live session found by its token hash, with who it belongs to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ActiveSession {
    pub id: String,
    pub user_id: String,
    pub role: String,
    pub persistent: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
    /// The language chosen in the profile (`profiles.locale`).
    pub locale: Option<String>,
    pub restricted_at: Option<i64>,
    pub objects_analytics: i64,
    pub objects_ai: i64,
    pub objects_product_email: i64,
}

impl ActiveSession {
    pub fn scope(&self) -> Scope {
        Scope::User(UserScope {
            user_id: self.user_id.clone(),
            role: Role::parse(&self.role).unwrap_or(Role::User),
            restricted: self.restricted_at.is_some(),
            objections: Objections {
                analytics: self.objects_analytics != 0,
                ai: self.objects_ai != 0,
                product_email: self.objects_product_email != 0,
            },
        })
    }
}

/// The session for `token_hash` when it is neither expired, idle for longer
/// than allowed, nor owned by a disabled account.
pub async fn find_session(
    scope: &Scope,
    db: &Db,
    token_hash: &str,
    now: i64,
    idle_since: i64,
) -> Result<Option<ActiveSession>, AppError> {
    scope.system()?;
    Ok(sqlx::query_as(
        "SELECT s.id, s.user_id, u.role, s.persistent, s.last_seen_at, s.expires_at, p.locale, \
         u.restricted_at, u.objects_analytics, u.objects_ai, u.objects_product_email \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         LEFT JOIN profiles p ON p.user_id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.disabled_at IS NULL",
    )
    .bind(token_hash)
    .bind(now)
    .bind(idle_since)
    .fetch_optional(&db.pool)
    .await?)
}

pub async fn touch_session(scope: &Scope, db: &Db, id: &str, now: i64) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub id: String,
    pub user_agent: String,
    pub persistent: i64,
    pub created_at: i64,
    pub last_seen_at: i64,
}

/// The signed-in user's sessions, most recently used first.
pub async fn list_sessions(scope: &Scope, db: &Db, now: i64) -> Result<Vec<SessionRow>, AppError> {
    let user = scope.user()?;
    Ok(sqlx::query_as(
        "SELECT id, user_agent, persistent, created_at, last_seen_at FROM sessions \
         WHERE user_id = $1 AND expires_at > $2 ORDER BY last_seen_at DESC",
    )
    .bind(&user.user_id)
    .bind(now)
    .fetch_all(&db.pool)
    .await?)
}

/// Ends one of the signed-in user's sessions; another user's is `NotFound`.
pub async fn delete_session(scope: &Scope, db: &Db, id: &str) -> Result<(), AppError> {
    let user = scope.user()?;
    let done = sqlx::query("DELETE FROM sessions WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(&user.user_id)
        .execute(&db.pool)
        .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Ends every session of `user_id` except `keep`.
pub async fn delete_sessions_of(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    keep: Option<&str>,
) -> Result<u64, AppError> {
    own(scope, user_id)?;
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user_id)
        .bind(keep.unwrap_or(""))
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}

pub async fn prune_sessions(
    scope: &Scope,
    db: &Db,
    now: i64,
    idle_since: i64,
) -> Result<u64, AppError> {
    scope.system()?;
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(idle_since)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
