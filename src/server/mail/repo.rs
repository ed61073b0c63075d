//! All SQL of the outbox. The sender's side (status changes, the sweep, the
//! prune) is the server's own work and accepts only `Scope::System`; a user
//! scope may store and read only messages about that user.

use super::{Status, StoredMail};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::server::db::Db;
use crate::server::scope::Scope;

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

impl From<MailRow> for StoredMail {
    fn from(row: MailRow) -> StoredMail {
        StoredMail {
            id: row.id,
            user_id: row.user_id,
            to_address: row.to_address,
            to_name: row.to_name,
            locale: Locale::from_tag(&row.locale).unwrap_or_default(),
            subject: row.subject,
            text_body: row.text_body,
            html_body: row.html_body,
            kind: row.kind,
            essential: row.essential != 0,
            status: Status::parse(&row.status).unwrap_or(Status::Failed),
            attempts: row.attempts,
            last_error: row.last_error,
            created_at: row.created_at,
            sent_at: row.sent_at,
        }
    }
}

/// Stores a new message. The system may store any; a user only messages
/// about themselves.
pub async fn insert(scope: &Scope, db: &Db, mail: &StoredMail) -> Result<(), AppError> {
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
    .bind(&mail.text_body)
    .bind(&mail.html_body)
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

/// One message, whoever it is for.
pub async fn get(scope: &Scope, db: &Db, id: &str) -> Result<Option<StoredMail>, AppError> {
    scope.system()?;
    let row: Option<MailRow> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM outbox WHERE id = $1"))
            .bind(id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.map(StoredMail::from))
}

/// The signed-in user's messages, newest first (for their data export).
pub async fn list_for_user(scope: &Scope, db: &Db) -> Result<Vec<StoredMail>, AppError> {
    let user = scope.user()?;
    let rows: Vec<MailRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM outbox WHERE user_id = $1 ORDER BY created_at DESC, id DESC"
    ))
    .bind(&user.user_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(StoredMail::from).collect())
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

/// Marks a queued message sent; `false` when it was not queued (any more).
pub async fn mark_sent(scope: &Scope, db: &Db, id: &str, now: i64) -> Result<bool, AppError> {
    scope.system()?;
    let updated = sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $1, last_error = NULL \
         WHERE id = $2 AND status = 'queued'",
    )
    .bind(now)
    .bind(id)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Records why an attempt failed; with `give_up`, the message is failed for good.
pub async fn record_failure(
    scope: &Scope,
    db: &Db,
    id: &str,
    error: &str,
    give_up: bool,
) -> Result<(), AppError> {
    scope.system()?;
    let status = if give_up { "failed" } else { "queued" };
    sqlx::query(
        "UPDATE outbox SET status = $1, last_error = $2 WHERE id = $3 AND status = 'queued'",
    )
    .bind(status)
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

/// Deletes messages sent, or failed for good, before `before`.
pub async fn delete_finished(scope: &Scope, db: &Db, before: i64) -> Result<u64, AppError> {
    scope.system()?;
    Ok(sqlx::query(
        "DELETE FROM outbox WHERE (status = 'sent' AND sent_at < $1) \
         OR (status = 'failed' AND created_at < $1)",
    )
    .bind(before)
    .execute(&db.pool)
    .await?
    .rows_affected())
}
