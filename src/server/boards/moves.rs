//! The rules of moving a card: to another place in its stage, or to
//! another stage of its board. The move runs in one short unit of work
//! (five statements for a move within a stage) that first locks its target
//! stage (a row lock on PostgreSQL, the writer's turn on SQLite), so two
//! tabs moving cards into one column queue instead of sharing a position;
//! then:
//!
//! - the card takes the midpoint rank between its new neighbours
//!   (`rank.rs`), and when they leave no room the column is renumbered
//!   first, its ranks parked below zero so the unique index holds row by
//!   row;
//! - entering the applied stage, or an open stage past it, gives a card
//!   without an applied date today's date (`stages::past_applying`);
//! - the stage change and the applied date go on the card's timeline.

use super::repo::events::Change;
use super::repo::ranks::Placement;
use super::stages::past_applying;
use super::{rank, repo};
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use crate::server::work::Work;

/// Moves card `id` into `stage_id`, just above card `before` (or last).
pub async fn move_to(
    scope: &Scope,
    db: &Db,
    id: &str,
    stage_id: &str,
    before: Option<&str>,
) -> Result<(), AppError> {
    let now = now_ms();
    let mut work = Work::begin(scope, db).await?;
    let to = repo::stages::lock(&mut work, stage_id, now).await?;
    let card = repo::ranks::place_of(&mut work, id).await?;
    if card.board_id != to.board_id || before == Some(id) {
        return Err(AppError::NotFound);
    }
    let rank = match free_rank(&mut work, id, &to.id, before).await? {
        Some(rank) => rank,
        None => {
            renumber(&mut work, &to.id, id).await?;
            free_rank(&mut work, id, &to.id, before)
                .await?
                .ok_or_else(AppError::internal)?
        }
    };
    let entering = card.stage_id != to.id;
    let set_applied = entering
        && card.applied_on.is_none()
        && past_applying(
            &to.kind,
            to.position,
            repo::stages::applied_position(work.conn(), &card.board_id).await?,
        );
    // On the unit of work's own connection: a read on another one while
    // holding this could wait for a free connection forever.
    let today = match set_applied {
        true => Some(super::cards::today_in(&mut work).await?),
        false => None,
    };
    let placement = Placement {
        stage_id: &to.id,
        rank,
        entering,
        applied_on: today.as_deref(),
    };
    repo::ranks::put(&mut work, id, &placement, now).await?;
    if entering {
        let change = Change::stage((&card.stage_id, &card.stage_name), (&to.id, &to.name));
        repo::events::insert(&mut work, id, &change, now).await?;
    }
    if let Some(today) = today {
        let change = Change::field("applied_on", None, Some(today));
        repo::events::insert(&mut work, id, &change, now).await?;
    }
    repo::boards::touch(&mut work, &to.board_id, now).await?;
    work.commit().await
}

/// A free rank for card `id` in `stage` just above `before` (or last), the
/// card itself left out; `None` when its neighbours leave no room.
async fn free_rank(
    work: &mut Work<'_>,
    id: &str,
    stage: &str,
    before: Option<&str>,
) -> Result<Option<i64>, AppError> {
    let (prev, next) = repo::ranks::neighbours(work, stage, id, before).await?;
    Ok(rank::between(prev, next))
}

/// Spreads the ranks of `stage` evenly again, the moving card left out
/// (its old rank stays parked below zero until the move writes its new one).
async fn renumber(work: &mut Work<'_>, stage: &str, moving: &str) -> Result<(), AppError> {
    let cards = repo::ranks::cards_in(work, stage, moving).await?;
    repo::ranks::park(work, stage).await?;
    for (card, rank) in cards.iter().zip(rank::spread(cards.len())) {
        repo::ranks::set_rank(work, card, rank).await?;
    }
    Ok(())
}
