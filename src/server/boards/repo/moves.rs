//! SQL of moving a card: to another place in its stage or to another stage
//! of its board. A move first writes its target stage, which locks that
//! column (a row lock on PostgreSQL, the write lock on SQLite) until it
//! commits; ranks are read and chosen under that lock, so two tabs moving
//! cards into one column at once queue instead of sharing a position.

use super::events::{self, Change};
use super::stages::StageRow;
use crate::error::AppError;
use crate::server::boards::rank;
use crate::server::boards::stages::past_applying;
use crate::server::db::Db;
use crate::server::db::one_row;
use crate::server::scope::Scope;
use sqlx::AnyConnection;

/// Where a card came from and went to.
pub struct Moved {
    pub from: StageRow,
    pub to: StageRow,
}

const STAGE: &str = "SELECT id, board_id, name, color, kind, marks_applied, position FROM stages \
     WHERE id = $1";

/// Moves card `id` into stage `to`, just above card `before` (or at the end
/// of the column when `None`). Entering the applied stage, or one past it,
/// sets an empty applied date to `today` (see [`past_applying`]).
pub async fn move_card(
    scope: &Scope,
    db: &Db,
    id: &str,
    to: &str,
    before: Option<&str>,
    today: &str,
    now: i64,
) -> Result<Moved, AppError> {
    let user_id = scope.user_id()?;
    let mut tx = db.pool.begin().await?;
    let locked = sqlx::query("UPDATE stages SET updated_at = $3 WHERE id = $1 AND user_id = $2")
        .bind(to)
        .bind(user_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    one_row(locked)?;
    let to: StageRow = sqlx::query_as(STAGE).bind(to).fetch_one(&mut *tx).await?;
    let (board_id, from_id, applied_on): (String, String, Option<String>) = sqlx::query_as(
        "SELECT board_id, stage_id, applied_on FROM applications WHERE id = $1 AND user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(AppError::NotFound)?;
    if board_id != to.board_id || before == Some(id) {
        return Err(AppError::NotFound);
    }
    let from: StageRow = sqlx::query_as(STAGE)
        .bind(&from_id)
        .fetch_one(&mut *tx)
        .await?;
    let rank = match place(&mut tx, id, &to.id, before).await? {
        Some(rank) => rank,
        None => {
            renumber(&mut tx, &to.id, id).await?;
            place(&mut tx, id, &to.id, before)
                .await?
                .ok_or_else(AppError::internal)?
        }
    };
    let entering = from.id != to.id;
    let applied_at = super::stages::applied_position(&mut *tx, &board_id).await?;
    let set_applied =
        entering && applied_on.is_none() && past_applying(&to.kind, to.position, applied_at);
    sqlx::query(
        "UPDATE applications SET stage_id = $2, rank = $3, \
         stage_since = CASE WHEN $4 = 1 THEN $5 ELSE stage_since END, \
         applied_on = CASE WHEN $6 = 1 THEN $7 ELSE applied_on END, updated_at = $5 \
         WHERE id = $1",
    )
    .bind(id)
    .bind(&to.id)
    .bind(rank)
    .bind(i64::from(entering))
    .bind(now)
    .bind(i64::from(set_applied))
    .bind(today)
    .execute(&mut *tx)
    .await?;
    if entering {
        events::insert_stage_change(&mut tx, user_id, id, &from, &to, now).await?;
    }
    if set_applied {
        let change = Change {
            kind: "field",
            field: "applied_on",
            old_value: None,
            new_value: Some(today.to_string()),
        };
        events::insert(&mut tx, user_id, id, &change, now).await?;
    }
    tx.commit().await?;
    Ok(Moved { from, to })
}

/// A free rank for card `id` in `stage` just above `before` (or last), the
/// card itself left out; `None` when its neighbours leave no room.
async fn place(
    conn: &mut AnyConnection,
    id: &str,
    stage: &str,
    before: Option<&str>,
) -> Result<Option<i64>, AppError> {
    let next: Option<i64> = match before {
        Some(before) => Some(
            sqlx::query_as::<_, (i64,)>(
                "SELECT rank FROM applications WHERE id = $1 AND stage_id = $2",
            )
            .bind(before)
            .bind(stage)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(AppError::NotFound)?
            .0,
        ),
        None => None,
    };
    let (prev,): (Option<i64>,) = sqlx::query_as(
        "SELECT MAX(rank) FROM applications WHERE stage_id = $1 AND id <> $2 \
         AND ($3 = 0 OR rank < $4)",
    )
    .bind(stage)
    .bind(id)
    .bind(i64::from(next.is_some()))
    .bind(next.unwrap_or(0))
    .fetch_one(&mut *conn)
    .await?;
    Ok(rank::between(prev, next))
}

/// Spreads the ranks of `stage` evenly again, the moving card left out
/// (its old rank is parked below zero until the move writes its new one).
async fn renumber(conn: &mut AnyConnection, stage: &str, moving: &str) -> Result<(), AppError> {
    // Negative first: the unique index on (stage_id, rank) holds row by row.
    sqlx::query("UPDATE applications SET rank = -rank WHERE stage_id = $1")
        .bind(stage)
        .execute(&mut *conn)
        .await?;
    let ids: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM applications WHERE stage_id = $1 AND id <> $2 ORDER BY rank DESC",
    )
    .bind(stage)
    .bind(moving)
    .fetch_all(&mut *conn)
    .await?;
    for ((card,), rank) in ids.iter().zip(rank::spread(ids.len())) {
        sqlx::query("UPDATE applications SET rank = $2 WHERE id = $1")
            .bind(card)
            .bind(rank)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
