//! `auth_tokens`: single-use email links (verification, password reset,
//! email change), stored as hashes.

use super::own;
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
    ChangeEmail,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
            Purpose::ChangeEmail => "change_email",
        }
    }
}

pub struct NewToken<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub purpose: Purpose,
    pub token_hash: &'a str,
    /// The address an email-change link moves the account to.
    pub new_email: Option<&'a str>,
    /// For a link made at sign-up: the hash of the signing-up browser's
    /// `offerline_sign_up` cookie, the one browser the link signs in.
    pub browser_hash: Option<&'a str>,
    pub expires_at: i64,
}

/// A token just used: whose it was and what it carried.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UsedToken {
    pub user_id: String,
    pub new_email: Option<String>,
    pub browser_hash: Option<String>,
}

/// Stores a token; earlier unused tokens of the same purpose stop working.
pub async fn insert_token(
    scope: &Scope,
    db: &Db,
    token: &NewToken<'_>,
    now: i64,
) -> Result<(), AppError> {
    own(scope, token.user_id)?;
    let mut tx = db.pool.begin().await?;
    void_unused(&mut *tx, token.user_id, token.purpose, now).await?;
    sqlx::query(
        "INSERT INTO auth_tokens \
         (id, user_id, purpose, token_hash, new_email, browser_hash, expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token.id)
    .bind(token.user_id)
    .bind(token.purpose.as_str())
    .bind(token.token_hash)
    .bind(token.new_email)
    .bind(token.browser_hash)
    .bind(token.expires_at)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Makes `user_id`'s unused tokens of `purpose` stop working.
pub async fn revoke_tokens(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    purpose: Purpose,
    now: i64,
) -> Result<(), AppError> {
    own(scope, user_id)?;
    void_unused(&db.pool, user_id, purpose, now).await
}

/// Marks `user_id`'s unused tokens of `purpose` used.
async fn void_unused<'c>(
    conn: impl sqlx::Executor<'c, Database = sqlx::Any>,
    user_id: &str,
    purpose: Purpose,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE auth_tokens SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL",
    )
    .bind(user_id)
    .bind(purpose.as_str())
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Uses a token once: returns what it carried when it was unused,
/// unexpired and of `purpose`; a second use finds nothing.
pub async fn consume_token(
    scope: &Scope,
    db: &Db,
    token_hash: &str,
    purpose: Purpose,
    now: i64,
) -> Result<Option<UsedToken>, AppError> {
    scope.system()?;
    Ok(sqlx::query_as(
        "UPDATE auth_tokens SET used_at = $3 \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 \
         RETURNING user_id, new_email, browser_hash",
    )
    .bind(token_hash)
    .bind(purpose.as_str())
    .bind(now)
    .fetch_optional(&db.pool)
    .await?)
}

/// The owner of a token that would be accepted now (without using it).
pub async fn token_owner(
    scope: &Scope,
    db: &Db,
    token_hash: &str,
    purpose: Purpose,
    now: i64,
) -> Result<Option<String>, AppError> {
    scope.system()?;
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT user_id FROM auth_tokens \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(purpose.as_str())
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(id,)| id))
}
