//! SQL of `application_events`: the timeline of each card.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::id::new_id;
use crate::server::scope::Scope;
use crate::server::work::Work;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub at: i64,
    pub kind: String,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// What a card's history records: its creation, a field's change, a move
/// to another stage, archiving and restoring.
pub const KINDS: &[&str] = &["created", "field", "stage", "archived", "restored"];

/// One change to a card: its kind, and for a field change the field and
/// both values; for a stage change both stages' names and ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: &'static str,
    pub field: &'static str,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    /// For a stage change, (from, to) stage ids, for time in stage.
    pub stages: Option<(String, String)>,
}

impl Change {
    pub fn of(kind: &'static str) -> Self {
        Change {
            kind,
            field: "",
            old_value: None,
            new_value: None,
            stages: None,
        }
    }

    /// A field's change from `old_value` to `new_value`.
    pub fn field(
        field: &'static str,
        old_value: Option<String>,
        new_value: Option<String>,
    ) -> Self {
        Change {
            field,
            old_value,
            new_value,
            ..Change::of("field")
        }
    }

    /// A move between stages, by (id, name): both names for a readable
    /// timeline after a rename, both ids for time in stage.
    pub fn stage(from: (&str, &str), to: (&str, &str)) -> Self {
        Change {
            old_value: Some(from.1.to_string()),
            new_value: Some(to.1.to_string()),
            stages: Some((from.0.to_string(), to.0.to_string())),
            ..Change::of("stage")
        }
    }
}

/// Writes one change on card `application_id`'s timeline.
pub async fn insert(
    work: &mut Work<'_>,
    application_id: &str,
    change: &Change,
    now: i64,
) -> Result<(), AppError> {
    let user_id = work.user_id()?;
    let (from_stage, to_stage) = change.stages.clone().unzip();
    sqlx::query(
        "INSERT INTO application_events (id, application_id, user_id, at, kind, field, \
         old_value, new_value, from_stage_id, to_stage_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(new_id())
    .bind(application_id)
    .bind(user_id)
    .bind(now)
    .bind(change.kind)
    .bind(change.field)
    .bind(&change.old_value)
    .bind(&change.new_value)
    .bind(from_stage)
    .bind(to_stage)
    .execute(work.conn())
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
