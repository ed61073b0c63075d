//! All SQL of support: tickets and their messages. The audit entries of
//! staff reading them are the staff tools' (`server::admin`).

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

/// A ticket, with its owner.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TicketRow {
    pub id: String,
    pub user_id: String,
    pub subject: String,
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A ticket in a list, with the size of its thread.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SummaryRow {
    pub id: String,
    pub subject: String,
    pub status: String,
    pub messages: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MessageRow {
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

/// A message to add to a ticket.
pub struct NewMessage<'a> {
    pub id: String,
    pub ticket_id: &'a str,
    /// The ticket's owner.
    pub user_id: &'a str,
    /// `user` or `staff`.
    pub author: &'static str,
    pub staff_id: Option<&'a str>,
    pub body: &'a str,
}

const SUMMARY: &str = "SELECT t.id, t.subject, t.status, \
     (SELECT COUNT(*) FROM support_messages m WHERE m.ticket_id = t.id) AS messages, \
     t.created_at, t.updated_at FROM support_tickets t";

/// Opens a ticket for the signed-in user with its first message.
pub async fn create(
    scope: &Scope,
    db: &Db,
    id: &str,
    subject: &str,
    first: &NewMessage<'_>,
    now: i64,
) -> Result<(), AppError> {
    let owner = scope.user_id()?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO support_tickets (id, user_id, subject, status, created_at, updated_at) \
         VALUES ($1, $2, $3, 'open', $4, $4)",
    )
    .bind(id)
    .bind(owner)
    .bind(subject)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    insert_message(&mut tx, first, now).await?;
    tx.commit().await?;
    Ok(())
}

async fn insert_message(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    msg: &NewMessage<'_>,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO support_messages (id, ticket_id, user_id, author, staff_id, body, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&msg.id)
    .bind(msg.ticket_id)
    .bind(msg.user_id)
    .bind(msg.author)
    .bind(msg.staff_id)
    .bind(msg.body)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The signed-in user's tickets, most recently active first.
pub async fn list_own(scope: &Scope, db: &Db) -> Result<Vec<SummaryRow>, AppError> {
    Ok(sqlx::query_as(&format!(
        "{SUMMARY} WHERE t.user_id = $1 ORDER BY t.updated_at DESC, t.id DESC"
    ))
    .bind(scope.user_id()?)
    .fetch_all(&db.pool)
    .await?)
}

/// One of the signed-in user's tickets; another user's is `NotFound`.
pub async fn get_own(scope: &Scope, db: &Db, id: &str) -> Result<TicketRow, AppError> {
    sqlx::query_as(
        "SELECT id, user_id, subject, status, created_at, updated_at FROM support_tickets \
         WHERE id = $1 AND user_id = $2",
    )
    .bind(id)
    .bind(scope.user_id()?)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// Any ticket, for staff (the rules check their access first).
pub async fn get_for_staff(scope: &Scope, db: &Db, id: &str) -> Result<TicketRow, AppError> {
    scope.staff()?;
    sqlx::query_as(
        "SELECT id, user_id, subject, status, created_at, updated_at FROM support_tickets \
         WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// The thread of `ticket`, oldest first: the owner's own, or any for staff.
pub async fn messages(
    scope: &Scope,
    db: &Db,
    ticket: &TicketRow,
) -> Result<Vec<MessageRow>, AppError> {
    if scope.staff().is_err() && scope.user_id()? != ticket.user_id {
        return Err(AppError::NotFound);
    }
    Ok(sqlx::query_as(
        "SELECT author, body, created_at FROM support_messages \
         WHERE ticket_id = $1 AND user_id = $2 ORDER BY created_at, id",
    )
    .bind(&ticket.id)
    .bind(&ticket.user_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Adds a message to `ticket` and sets its status, in one transaction.
/// The caller is its owner, or staff (checked by the rules).
pub async fn add_message(
    scope: &Scope,
    db: &Db,
    ticket: &TicketRow,
    msg: &NewMessage<'_>,
    status: &str,
    now: i64,
) -> Result<(), AppError> {
    if scope.staff().is_err() && scope.user_id()? != ticket.user_id {
        return Err(AppError::NotFound);
    }
    let mut tx = db.pool.begin().await?;
    insert_message(&mut tx, msg, now).await?;
    sqlx::query("UPDATE support_tickets SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status)
        .bind(now)
        .bind(&ticket.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Sets the status of `ticket`: its owner, or staff.
pub async fn set_status(
    scope: &Scope,
    db: &Db,
    ticket: &TicketRow,
    status: &str,
    now: i64,
) -> Result<(), AppError> {
    if scope.staff().is_err() && scope.user_id()? != ticket.user_id {
        return Err(AppError::NotFound);
    }
    sqlx::query("UPDATE support_tickets SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status)
        .bind(now)
        .bind(&ticket.id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Every ticket, open ones first, then by last activity: for staff.
pub async fn list_for_staff(
    scope: &Scope,
    db: &Db,
    limit: i64,
) -> Result<Vec<SummaryRow>, AppError> {
    scope.staff()?;
    Ok(sqlx::query_as(&format!(
        "{SUMMARY} ORDER BY CASE t.status WHEN 'open' THEN 0 WHEN 'answered' THEN 1 ELSE 2 END, \
         t.updated_at DESC, t.id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}
