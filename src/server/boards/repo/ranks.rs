//! SQL of the cards' order in a stage (`applications.rank`, unique per
//! stage) and of where a card sits. The rules of choosing a rank are in
//! `boards::rank` and `boards::moves`; these run inside the service's
//! unit of work, after it locked the stage.

use crate::error::AppError;
use crate::server::work::Work;

/// Where a card sits (its stage named, for the timeline), and whether it
/// has an applied date.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CardPlace {
    pub board_id: String,
    pub stage_id: String,
    pub stage_name: String,
    pub applied_on: Option<String>,
}

/// Where card `id` sits; `NotFound` for another user's card.
pub async fn place_of(work: &mut Work<'_>, id: &str) -> Result<CardPlace, AppError> {
    let user_id = work.user_id()?;
    sqlx::query_as(
        "SELECT a.board_id, a.stage_id, s.name AS stage_name, a.applied_on \
         FROM applications a JOIN stages s ON s.id = a.stage_id \
         WHERE a.id = $1 AND a.user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(work.conn())
    .await?
    .ok_or(AppError::NotFound)
}

/// The ranks around a place in `stage`, card `except` left out: the card
/// `before` (none: the end of the stage) and the highest rank below it.
/// `NotFound` when `before` is not in the stage.
pub async fn neighbours(
    work: &mut Work<'_>,
    stage: &str,
    except: &str,
    before: Option<&str>,
) -> Result<(Option<i64>, Option<i64>), AppError> {
    let Some(before) = before else {
        let (prev,): (Option<i64>,) =
            sqlx::query_as("SELECT MAX(rank) FROM applications WHERE stage_id = $1 AND id <> $2")
                .bind(stage)
                .bind(except)
                .fetch_one(work.conn())
                .await?;
        return Ok((prev, None));
    };
    let (next, prev): (i64, Option<i64>) = sqlx::query_as(
        "SELECT b.rank, (SELECT MAX(a.rank) FROM applications a \
         WHERE a.stage_id = $2 AND a.id <> $3 AND a.rank < b.rank) \
         FROM applications b WHERE b.id = $1 AND b.stage_id = $2",
    )
    .bind(before)
    .bind(stage)
    .bind(except)
    .fetch_optional(work.conn())
    .await?
    .ok_or(AppError::NotFound)?;
    Ok((prev, Some(next)))
}

/// The cards of `stage` in order, card `except` left out.
pub async fn cards_in(
    work: &mut Work<'_>,
    stage: &str,
    except: &str,
) -> Result<Vec<String>, AppError> {
    let user_id = work.user_id()?;
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM applications WHERE stage_id = $1 AND user_id = $2 AND id <> $3 \
         ORDER BY rank",
    )
    .bind(stage)
    .bind(user_id)
    .bind(except)
    .fetch_all(work.conn())
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// Parks every rank of `stage` below zero, so that new ranks can be
/// written row by row without meeting the unique index.
pub async fn park(work: &mut Work<'_>, stage: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE applications SET rank = -rank WHERE stage_id = $1")
        .bind(stage)
        .execute(work.conn())
        .await?;
    Ok(())
}

/// Gives card `id` its `rank` in the stage it is in.
pub async fn set_rank(work: &mut Work<'_>, id: &str, rank: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE applications SET rank = $2 WHERE id = $1")
        .bind(id)
        .bind(rank)
        .execute(work.conn())
        .await?;
    Ok(())
}

/// Where a card moves: its stage and rank there, and what entering the
/// stage changes.
pub struct Placement<'a> {
    pub stage_id: &'a str,
    pub rank: i64,
    /// The card enters the stage now (it came from another one).
    pub entering: bool,
    /// The applied date the card gets, if it gets one.
    pub applied_on: Option<&'a str>,
}

/// Puts card `id` at `to`.
pub async fn put(
    work: &mut Work<'_>,
    id: &str,
    to: &Placement<'_>,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE applications SET stage_id = $2, rank = $3, \
         stage_since = CASE WHEN $4 = 1 THEN $5 ELSE stage_since END, \
         applied_on = CASE WHEN $6 = 1 THEN $7 ELSE applied_on END, updated_at = $5 \
         WHERE id = $1",
    )
    .bind(id)
    .bind(to.stage_id)
    .bind(to.rank)
    .bind(i64::from(to.entering))
    .bind(now)
    .bind(i64::from(to.applied_on.is_some()))
    .bind(to.applied_on.unwrap_or_default())
    .execute(work.conn())
    .await?;
    Ok(())
}
