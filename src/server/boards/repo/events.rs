//! SQL of `application_events`: the timeline of each card.

use super::stages::StageRow;
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::id::new_id;
use crate::server::scope::Scope;
use sqlx::AnyConnection;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub at: i64,
    pub kind: String,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// One change to a card: its kind, and for a field change the field and
/// both values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: &'static str,
    pub field: &'static str,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

impl Change {
    pub fn of(kind: &'static str) -> Self {
        Change {
            kind,
            field: "",
            old_value: None,
            new_value: None,
        }
    }
}

pub async fn insert(
    conn: &mut AnyConnection,
    user_id: &str,
    application_id: &str,
    change: &Change,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO application_events (id, application_id, user_id, at, kind, field, \
         old_value, new_value) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(new_id())
    .bind(application_id)
    .bind(user_id)
    .bind(now)
    .bind(change.kind)
    .bind(change.field)
    .bind(&change.old_value)
    .bind(&change.new_value)
    .execute(conn)
    .await?;
    Ok(())
}

/// A move from one stage to another, with both ids and names.
pub async fn insert_stage_change(
    conn: &mut AnyConnection,
    user_id: &str,
    application_id: &str,
    from: &StageRow,
    to: &StageRow,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO application_events (id, application_id, user_id, at, kind, old_value, \
         new_value, from_stage_id, to_stage_id) VALUES ($1, $2, $3, $4, 'stage', $5, $6, $7, $8)",
    )
    .bind(new_id())
    .bind(application_id)
    .bind(user_id)
    .bind(now)
    .bind(&from.name)
    .bind(&to.name)
    .bind(&from.id)
    .bind(&to.id)
    .execute(conn)
    .await?;
    Ok(())
}

/// A card's timeline, oldest first.
pub async fn list(scope: &Scope, db: &Db, application_id: &str) -> Result<Vec<EventRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(
        "SELECT at, kind, field, old_value, new_value FROM application_events \
         WHERE application_id = $1 AND user_id = $2 ORDER BY at, id",
    )
    .bind(application_id)
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}
