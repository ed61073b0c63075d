//! SQL of insights: reads only, of the user's stages, cards and the stage
//! changes on the cards' timelines, for one board or for all of them.

use crate::error::AppError;
use crate::server::db::Db;
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

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CardRow {
    pub id: String,
    pub board_id: String,
    pub stage_id: String,
    pub applied_on: Option<String>,
    pub created_at: i64,
}

/// A card's move from one stage to another.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MoveRow {
    pub application_id: String,
    pub at: i64,
    pub from_stage_id: Option<String>,
    pub to_stage_id: Option<String>,
}

/// `AND <column> = $2` when one board is asked for.
fn board_filter(column: &str, board: Option<&str>) -> String {
    board
        .map(|_| format!(" AND {column} = $2"))
        .unwrap_or_default()
}

pub async fn stages(
    scope: &Scope,
    db: &Db,
    board: Option<&str>,
) -> Result<Vec<StageRow>, AppError> {
    let user_id = scope.user_id()?;
    let sql = format!(
        "SELECT id, board_id, name, color, kind, marks_applied, position FROM stages \
         WHERE user_id = $1{} ORDER BY position, id",
        board_filter("board_id", board)
    );
    let mut query = sqlx::query_as(&sql).bind(user_id);
    if let Some(board) = board {
        query = query.bind(board);
    }
    Ok(query.fetch_all(&db.pool).await?)
}

/// Every card, archived ones too: they are part of the search's history.
pub async fn cards(scope: &Scope, db: &Db, board: Option<&str>) -> Result<Vec<CardRow>, AppError> {
    let user_id = scope.user_id()?;
    let sql = format!(
        "SELECT id, board_id, stage_id, applied_on, created_at FROM applications \
         WHERE user_id = $1{}",
        board_filter("board_id", board)
    );
    let mut query = sqlx::query_as(&sql).bind(user_id);
    if let Some(board) = board {
        query = query.bind(board);
    }
    Ok(query.fetch_all(&db.pool).await?)
}

/// Stage changes, card by card, oldest first.
pub async fn moves(scope: &Scope, db: &Db, board: Option<&str>) -> Result<Vec<MoveRow>, AppError> {
    let user_id = scope.user_id()?;
    let sql = format!(
        "SELECT e.application_id, e.at, e.from_stage_id, e.to_stage_id \
         FROM application_events e JOIN applications a ON a.id = e.application_id \
         WHERE e.user_id = $1 AND a.user_id = $1 AND e.kind = 'stage'{} \
         ORDER BY e.application_id, e.at, e.id",
        board_filter("a.board_id", board)
    );
    let mut query = sqlx::query_as(&sql).bind(user_id);
    if let Some(board) = board {
        query = query.bind(board);
    }
    Ok(query.fetch_all(&db.pool).await?)
}
