//! SQL of `boards`.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::db::one_row;
use crate::server::scope::Scope;
use crate::server::work::Work;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BoardRow {
    pub id: String,
    pub name: String,
    pub ghost_days: i64,
    pub archived_at: Option<i64>,
    pub updated_at: i64,
    pub cards: i64,
}

const SELECT: &str = "SELECT b.id, b.name, b.ghost_days, b.archived_at, b.updated_at, \
     (SELECT COUNT(*) FROM applications a WHERE a.board_id = b.id AND a.archived_at IS NULL) \
     AS cards FROM boards b";

/// The user's boards, live ones first, most recently changed first.
pub async fn list(scope: &Scope, db: &Db) -> Result<Vec<BoardRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE b.user_id = $1 \
         ORDER BY CASE WHEN b.archived_at IS NULL THEN 0 ELSE 1 END, b.updated_at DESC, b.id"
    ))
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}

pub async fn find(scope: &Scope, db: &Db, id: &str) -> Result<BoardRow, AppError> {
    let user_id = scope.user_id()?;
    sqlx::query_as(&format!("{SELECT} WHERE b.id = $1 AND b.user_id = $2"))
        .bind(id)
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or(AppError::NotFound)
}

/// A new board with its first stages, as (name, colour, kind,
/// marks_applied), in one transaction.
pub async fn insert(
    scope: &Scope,
    db: &Db,
    id: &str,
    name: &str,
    stages: &[(String, &str, &str, bool)],
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO boards (id, user_id, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(id)
    .bind(user_id)
    .bind(name)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    for (position, (stage_name, color, kind, marks_applied)) in stages.iter().enumerate() {
        sqlx::query(
            "INSERT INTO stages (id, board_id, user_id, name, color, kind, marks_applied, \
             position, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
        )
        .bind(crate::server::id::new_id())
        .bind(id)
        .bind(user_id)
        .bind(stage_name)
        .bind(*color)
        .bind(*kind)
        .bind(i64::from(*marks_applied))
        .bind(position as i64)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Writes a board's name and its ghosted-after days.
pub async fn rename(
    scope: &Scope,
    db: &Db,
    id: &str,
    name: &str,
    ghost_days: i64,
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    one_row(
        sqlx::query(
            "UPDATE boards SET name = $3, ghost_days = $4, updated_at = $5 \
             WHERE id = $1 AND user_id = $2",
        )
        .bind(id)
        .bind(user_id)
        .bind(name)
        .bind(ghost_days)
        .bind(now)
        .execute(&db.pool)
        .await?,
    )
}

/// Archives (`Some(now)`) or restores (`None`) a board.
pub async fn set_archived(
    scope: &Scope,
    db: &Db,
    id: &str,
    archived_at: Option<i64>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    one_row(
        sqlx::query(
            "UPDATE boards SET archived_at = $3, updated_at = $4 WHERE id = $1 AND user_id = $2",
        )
        .bind(id)
        .bind(user_id)
        .bind(archived_at)
        .bind(now)
        .execute(&db.pool)
        .await?,
    )
}

/// Deletes a board with its stages, cards and their timelines.
pub async fn delete(scope: &Scope, db: &Db, id: &str) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    let mut tx = db.pool.begin().await?;
    // Cards first: they point at stages, which do not cascade to them.
    sqlx::query("DELETE FROM applications WHERE board_id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    let result = sqlx::query("DELETE FROM boards WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    one_row(result)?;
    tx.commit().await?;
    Ok(())
}

/// Marks the board as just changed (its place in the list).
pub async fn touch(work: &mut Work<'_>, id: &str, now: i64) -> Result<(), AppError> {
    let user_id = work.user_id()?;
    sqlx::query("UPDATE boards SET updated_at = $3 WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .bind(now)
        .execute(work.conn())
        .await?;
    Ok(())
}
