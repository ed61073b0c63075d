//! SQL of `stages`, the columns of a board.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::db::one_row;
use crate::server::id::new_id;
use crate::server::scope::Scope;
use crate::server::work::Work;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StageRow {
    pub id: String,
    pub board_id: String,
    pub name: String,
    pub color: String,
    pub kind: String,
    pub marks_applied: i64,
    pub position: i64,
}

/// The columns of a [`StageRow`].
macro_rules! columns {
    () => {
        "id, board_id, name, color, kind, marks_applied, position"
    };
}

const SELECT: &str = concat!("SELECT ", columns!(), " FROM stages");

/// A board's stages, left to right.
pub async fn list(scope: &Scope, db: &Db, board_id: &str) -> Result<Vec<StageRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE board_id = $1 AND user_id = $2 ORDER BY position, id"
    ))
    .bind(board_id)
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}

pub async fn find(scope: &Scope, db: &Db, id: &str) -> Result<StageRow, AppError> {
    let user_id = scope.user_id()?;
    sqlx::query_as(&format!("{SELECT} WHERE id = $1 AND user_id = $2"))
        .bind(id)
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or(AppError::NotFound)
}

/// Where the first stage of board `board_id` that marks applications sits,
/// if it has one. The board is the caller's, checked before.
pub async fn applied_position<'c>(
    conn: impl sqlx::Executor<'c, Database = sqlx::Any>,
    board_id: &str,
) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT position FROM stages WHERE board_id = $1 AND marks_applied = 1 \
         ORDER BY position LIMIT 1",
    )
    .bind(board_id)
    .fetch_optional(conn)
    .await?)
}

/// What a stage says about itself.
pub struct StageFields<'a> {
    pub name: &'a str,
    pub color: &'a str,
    pub kind: &'a str,
    pub marks_applied: bool,
}

/// Adds a stage at the right end of a board; answers its id.
pub async fn insert(
    scope: &Scope,
    db: &Db,
    board_id: &str,
    f: &StageFields<'_>,
    now: i64,
) -> Result<String, AppError> {
    let user_id = scope.user_id()?;
    let id = new_id();
    let result = sqlx::query(
        "INSERT INTO stages (id, board_id, user_id, name, color, kind, marks_applied, position, \
         created_at, updated_at) \
         SELECT $1, b.id, b.user_id, $4, $5, $6, $7, \
         COALESCE((SELECT MAX(position) + 1 FROM stages WHERE board_id = b.id), 0), $8, $8 \
         FROM boards b WHERE b.id = $2 AND b.user_id = $3",
    )
    .bind(&id)
    .bind(board_id)
    .bind(user_id)
    .bind(f.name)
    .bind(f.color)
    .bind(f.kind)
    .bind(i64::from(f.marks_applied))
    .bind(now)
    .execute(&db.pool)
    .await?;
    one_row(result)?;
    Ok(id)
}

pub async fn update(
    scope: &Scope,
    db: &Db,
    id: &str,
    f: &StageFields<'_>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    one_row(
        sqlx::query(
            "UPDATE stages SET name = $3, color = $4, kind = $5, marks_applied = $6, \
             updated_at = $7 WHERE id = $1 AND user_id = $2",
        )
        .bind(id)
        .bind(user_id)
        .bind(f.name)
        .bind(f.color)
        .bind(f.kind)
        .bind(i64::from(f.marks_applied))
        .bind(now)
        .execute(&db.pool)
        .await?,
    )
}

/// Writes stage `id`, which locks it (a row lock on PostgreSQL, the write
/// lock on SQLite) until the work commits, and reads it. Cards added to
/// or moved into a stage take their rank after this, so two at once queue
/// instead of sharing a position.
pub async fn lock(work: &mut Work<'_>, id: &str, now: i64) -> Result<StageRow, AppError> {
    let user_id = work.user_id()?;
    sqlx::query_as(concat!(
        "UPDATE stages SET updated_at = $3 WHERE id = $1 AND user_id = $2 RETURNING ",
        columns!()
    ))
    .bind(id)
    .bind(user_id)
    .bind(now)
    .fetch_optional(work.conn())
    .await?
    .ok_or(AppError::NotFound)
}

/// Writes a board's column order: `ids` left to right.
pub async fn reorder(
    work: &mut Work<'_>,
    board_id: &str,
    ids: &[String],
    now: i64,
) -> Result<(), AppError> {
    let user_id = work.user_id()?;
    for (position, id) in ids.iter().enumerate() {
        one_row(
            sqlx::query(
                "UPDATE stages SET position = $4, updated_at = $5 \
                 WHERE id = $1 AND board_id = $2 AND user_id = $3",
            )
            .bind(id)
            .bind(board_id)
            .bind(user_id)
            .bind(position as i64)
            .bind(now)
            .execute(work.conn())
            .await?,
        )?;
    }
    Ok(())
}

/// Deletes stage `id`, which must hold no card by now.
pub async fn delete(work: &mut Work<'_>, id: &str) -> Result<(), AppError> {
    let user_id = work.user_id()?;
    sqlx::query("DELETE FROM stages WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(work.conn())
        .await?;
    Ok(())
}

/// Deletes a stage that holds no card (archived cards count).
pub async fn delete_empty(scope: &Scope, db: &Db, id: &str) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    let result = sqlx::query(
        "DELETE FROM stages WHERE id = $1 AND user_id = $2 \
         AND NOT EXISTS (SELECT 1 FROM applications WHERE stage_id = $1)",
    )
    .bind(id)
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    one_row(result).map_err(|_| AppError::field("move_to", "error-required"))
}
