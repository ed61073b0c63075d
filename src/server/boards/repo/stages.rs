//! SQL of `stages`, the columns of a board.

use crate::error::AppError;
use crate::server::boards::rank;
use crate::server::db::Db;
use crate::server::db::one_row;
use crate::server::id::new_id;
use crate::server::scope::Scope;

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

const SELECT: &str = "SELECT id, board_id, name, color, kind, marks_applied, position FROM stages";

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

/// Writes a board's column order: `ids` left to right.
pub async fn reorder(
    scope: &Scope,
    db: &Db,
    board_id: &str,
    ids: &[String],
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    let mut tx = db.pool.begin().await?;
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
            .execute(&mut *tx)
            .await?,
        )?;
    }
    tx.commit().await?;
    Ok(())
}

/// Deletes a stage after moving its cards, in order, to the end of
/// `target` (a stage of the same board), each move on the card's timeline.
pub async fn delete_moving_cards(
    scope: &Scope,
    db: &Db,
    id: &str,
    target: &StageRow,
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    let stage = find(scope, db, id).await?;
    if target.board_id != stage.board_id || target.id == stage.id {
        return Err(AppError::NotFound);
    }
    let mut tx = db.pool.begin().await?;
    // Writing the target first takes its lock: moves into it wait.
    one_row(
        sqlx::query("UPDATE stages SET updated_at = $3 WHERE id = $1 AND user_id = $2")
            .bind(&target.id)
            .bind(user_id)
            .bind(now)
            .execute(&mut *tx)
            .await?,
    )?;
    let (last,): (Option<i64>,) =
        sqlx::query_as("SELECT MAX(rank) FROM applications WHERE stage_id = $1")
            .bind(&target.id)
            .fetch_one(&mut *tx)
            .await?;
    let cards: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM applications WHERE stage_id = $1 AND user_id = $2 ORDER BY rank",
    )
    .bind(id)
    .bind(user_id)
    .fetch_all(&mut *tx)
    .await?;
    let start = last.unwrap_or(0);
    for (i, (card_id,)) in cards.iter().enumerate() {
        sqlx::query(
            "UPDATE applications SET stage_id = $2, rank = $3, stage_since = $4, updated_at = $4 \
             WHERE id = $1",
        )
        .bind(card_id)
        .bind(&target.id)
        .bind(start + (i as i64 + 1) * rank::GAP)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        super::events::insert_stage_change(&mut tx, user_id, card_id, &stage, target, now).await?;
    }
    sqlx::query("DELETE FROM stages WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
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
