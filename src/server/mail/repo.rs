//! All SQL of the outbox. The sender's side (status changes, the sweep, the
//! prune) is the server's own work and accepts only `Scope::System`; a user
//! scope may store and read only messages about that user. Bodies are
//! sealed on their way in and opened on their way out (`sealed.rs`), and
//! emptied once the message is sent or given up on.

use super::sealed::{self, Part};
use super::{Status, StoredMail};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::secrets::Key;

const COLUMNS: &str = "id, user_id, to_address, to_name, locale, subject, text_body, html_body, \
                       kind, essential, status, attempts, last_error, created_at, sent_at";

#[derive(sqlx::FromRow)]
struct MailRow {
    id: String,
    user_id: Option<String>,
    to_address: String,
    to_name: Option<String>,
    locale: String,
    subject: String,
    text_body: String,
    html_body: String,
    kind: String,
    essential: i64,
    status: String,
    attempts: i64,
    last_error: Option<String>,
    created_at: i64,
    sent_at: Option<i64>,
}

impl MailRow {
    fn open(self, key: &Key) -> Result<StoredMail, AppError> {
        Ok(StoredMail {
            text_body: sealed::open(key, &self.id, Part::Text, &self.text_body)?,
            html_body: sealed::open(key, &self.id, Part::Html, &self.html_body)?,
            id: self.id,
            user_id: self.user_id,
            to_address: self.to_address,
            to_name: self.to_name,
            locale: Locale::from_tag(&self.locale).unwrap_or_default(),
            subject: self.subject,
            kind: self.kind,
            essential: self.essential != 0,
            status: Status::parse(&self.status).unwrap_or(Status::Failed),
            attempts: self.attempts,
            last_error: self.last_error,
            created_at: self.created_at,
            sent_at: self.sent_at,
        })
    }
}

/// Stores a new message, its bodies sealed with `key`. The system may
/// store any; a user only messages about themselves.
pub async fn insert(scope: &Scope, db: &Db, key: &Key, mail: &StoredMail) -> Result<(), AppError> {
    match scope {
        Scope::System => {}
        Scope::User(user) if mail.user_id.as_deref() == Some(user.user_id.as_str()) => {}
        Scope::User(_) => return Err(AppError::NotFound),
        Scope::Anonymous => return Err(AppError::Unauthorized),
    }
    sqlx::query(&format!(
        "INSERT INTO outbox ({COLUMNS}) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
    ))
    .bind(&mail.id)
    .bind(&mail.user_id)
    .bind(&mail.to_address)
    .bind(&mail.to_name)
    .bind(mail.locale.tag())
    .bind(&mail.subject)
    .bind(sealed::seal(key, &mail.id, Part::Text, &mail.text_body)?)
    .bind(sealed::seal(key, &mail.id, Part::Html, &mail.html_body)?)
    .bind(&mail.kind)
    .bind(i64::from(mail.essential))
    .bind(mail.status.as_str())
    .bind(mail.attempts)
    .bind(&mail.last_error)
    .bind(mail.created_at)
    .bind(mail.sent_at)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// One message, whoever it is for, its bodies opened with `key`.
pub async fn get(
    scope: &Scope,
    db: &Db,
    key: &Key,
    id: &str,
) -> Result<Option<StoredMail>, AppError> {
    scope.system()?;
    let row: Option<MailRow> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM outbox WHERE id = $1"))
            .bind(id)
            .fetch_optional(&db.pool)
            .await?;
    row.map(|row| row.open(key)).transpose()
}

/// The signed-in user's messages, newest first.
pub async fn list_for_user(scope: &Scope, db: &Db, key: &Key) -> Result<Vec<StoredMail>, AppError> {
    let user = scope.user()?;
    let rows: Vec<MailRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM outbox WHERE user_id = $1 ORDER BY created_at DESC, id DESC"
    ))
    .bind(&user.user_id)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter().map(|row| row.open(key)).collect()
}

/// Counts an attempt before the message is handed over, so a crash during
/// the hand-over still shows. `false` when it is no longer queued.
pub async fn begin_attempt(scope: &Scope, db: &Db, id: &str) -> Result<bool, AppError> {
    scope.system()?;
    let updated = sqlx::query(
        "UPDATE outbox SET attempts = attempts + 1 WHERE id = $1 AND status = 'queued'",
    )
    .bind(id)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Marks a queued message sent and empties its bodies (what remains says
/// what was sent to whom, and when); `false` when it was not queued (any
/// more).
pub async fn mark_sent(scope: &Scope, db: &Db, id: &str, now: i64) -> Result<bool, AppError> {
    scope.system()?;
    let updated = sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $1, last_error = NULL, \
         text_body = '', html_body = '' WHERE id = $2 AND status = 'queued'",
    )
    .bind(now)
    .bind(id)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Records why an attempt failed; with `give_up`, the message is failed for
/// good and its bodies are emptied.
pub async fn record_failure(
    scope: &Scope,
    db: &Db,
    id: &str,
    error: &str,
    give_up: bool,
) -> Result<(), AppError> {
    scope.system()?;
    let sql = if give_up {
        "UPDATE outbox SET status = 'failed', last_error = $1, text_body = '', html_body = '' \
         WHERE id = $2 AND status = 'queued'"
    } else {
        "UPDATE outbox SET last_error = $1 WHERE id = $2 AND status = 'queued'"
    };
    sqlx::query(sql)
        .bind(error)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Queued messages created before `before`, oldest first: the sweep makes
/// sure each has a send job.
pub async fn queued_before(
    scope: &Scope,
    db: &Db,
    before: i64,
    limit: i64,
) -> Result<Vec<(String, Option<String>)>, AppError> {
    scope.system()?;
    Ok(sqlx::query_as(
        "SELECT id, user_id FROM outbox WHERE status = 'queued' AND created_at < $1 \
         ORDER BY created_at, id LIMIT $2",
    )
    .bind(before)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}

/// Deletes messages sent, or failed for good, before `before`; returns
/// their ids (their `.eml` files go too).
pub async fn delete_finished(scope: &Scope, db: &Db, before: i64) -> Result<Vec<String>, AppError> {
    scope.system()?;
    Ok(sqlx::query_scalar(
        "DELETE FROM outbox WHERE (status = 'sent' AND sent_at < $1) \
         OR (status = 'failed' AND created_at < $1) RETURNING id",
    )
    .bind(before)
    .fetch_all(&db.pool)
    .await?)
}

/// The ids of every message about `user_id` (to erase their `.eml` files
/// with the account).
pub async fn ids_of_user(scope: &Scope, db: &Db, user_id: &str) -> Result<Vec<String>, AppError> {
    scope.system()?;
    Ok(
        sqlx::query_scalar("SELECT id FROM outbox WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(&db.pool)
            .await?,
    )
}
