//! `users`: credentials, sign-up facts, the verified address and the role.

use super::own;
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::{Role, Scope};

/// A user as the account rules need it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: String,
    pub email: String,
    pub name: String,
    pub role: String,
    pub locale: String,
    pub password_hash: Option<String>,
    pub email_verified_at: Option<i64>,
    pub disabled_at: Option<i64>,
    /// When a pending deletion becomes due.
    pub purge_after: Option<i64>,
}

const USER_COLUMNS: &str =
    "id, email, name, role, locale, password_hash, email_verified_at, disabled_at, purge_after";

pub struct NewUser<'a> {
    pub id: &'a str,
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub locale: &'a str,
    pub password_hash: Option<&'a str>,
    pub policy_version: Option<&'a str>,
    pub age_confirmed: bool,
}

/// Inserts a user; `Conflict` when the email is taken (any case).
pub async fn insert_user(
    scope: &Scope,
    db: &Db,
    user: &NewUser<'_>,
    now: i64,
) -> Result<(), AppError> {
    scope.system()?;
    let result = sqlx::query(
        "INSERT INTO users (id, email, name, role, locale, password_hash, policy_version, \
         policy_accepted_at, age_confirmed_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
    )
    .bind(user.id)
    .bind(user.email)
    .bind(user.name)
    .bind(user.role.as_str())
    .bind(user.locale)
    .bind(user.password_hash)
    .bind(user.policy_version)
    .bind(user.policy_version.map(|_| now))
    .bind(user.age_confirmed.then_some(now))
    .bind(now)
    .execute(&db.pool)
    .await;
    email_conflict(result)
}

pub async fn find_by_email(
    scope: &Scope,
    db: &Db,
    email: &str,
) -> Result<Option<UserRow>, AppError> {
    scope.system()?;
    Ok(sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE lower(email) = lower($1)"
    ))
    .bind(email.trim())
    .fetch_optional(&db.pool)
    .await?)
}

/// The user `id`, for the system or for that user themself.
pub async fn find(scope: &Scope, db: &Db, id: &str) -> Result<UserRow, AppError> {
    own(scope, id)?;
    sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or(AppError::NotFound)
}

/// A write that may hit the unique email index: `Conflict` when it did.
fn email_conflict<T>(result: Result<T, sqlx::Error>) -> Result<(), AppError> {
    match result {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(AppError::Conflict("email".into()))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn set_password_hash(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    hash: &str,
    now: i64,
) -> Result<(), AppError> {
    own(scope, user_id)?;
    sqlx::query("UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id)
        .bind(hash)
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn mark_verified(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    now: i64,
) -> Result<(), AppError> {
    own(scope, user_id)?;
    sqlx::query(
        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $2), updated_at = $2 WHERE id = $1",
    )
    .bind(user_id)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Moves the account to a confirmed new address; `Conflict` when another
/// account took it meanwhile.
pub async fn set_email(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    email: &str,
    now: i64,
) -> Result<(), AppError> {
    own(scope, user_id)?;
    let result = sqlx::query(
        "UPDATE users SET email = $2, email_verified_at = $3, updated_at = $3 WHERE id = $1",
    )
    .bind(user_id)
    .bind(email)
    .bind(now)
    .execute(&db.pool)
    .await;
    email_conflict(result)
}

pub async fn set_role(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    role: Role,
    now: i64,
) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query("UPDATE users SET role = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id)
        .bind(role.as_str())
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(())
}
