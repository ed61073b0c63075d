//! SQL of the cards' order in a stage (`applications.rank`, unique per
//! stage) and of where a card sits. The rules of choosing a rank are in
//! `boards::rank` and `boards::moves`; these run inside the service's
//! unit of work, after it locked the stage.

use crate::error::AppError;
use crate::server::work::Work;

/// Where a card sits, and whether it has an applied date.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CardPlace {
    pub board_id: String,
    pub stage_id: String,
    pub applied_on: Option<String>,
}

/// Where card `id` sits; `NotFound` for another user's card.
pub async fn place_of(work: &mut Work<'_>, id: &str) -> Result<CardPlace, AppError> {
    let user_id = work.user_id()?;
    sqlx::query_as(
        "SELECT board_id, stage_id, applied_on FROM applications WHERE id = $1 AND user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(work.conn())
    .await?
    .ok_or(AppError::NotFound)
}

/// The rank of card `id` in `stage`; `NotFound` when it is not there.
pub async fn rank_of(work: &mut Work<'_>, id: &str, stage: &str) -> Result<i64, AppError> {
    let (rank,): (i64,) =
        sqlx::query_as("SELECT rank FROM applications WHERE id = $1 AND stage_id = $2")
            .bind(id)
            .bind(stage)
            .fetch_optional(work.conn())
            .await?
            .ok_or(AppError::NotFound)?;
    Ok(rank)
}

/// The highest rank in `stage` below `under` (or at all, when `None`),
/// card `except` left out.
pub async fn highest_below(
    work: &mut Work<'_>,
    stage: &str,
    except: &str,
    under: Option<i64>,
) -> Result<Option<i64>, AppError> {
    let (prev,): (Option<i64>,) = sqlx::query_as(
        "SELECT MAX(rank) FROM applications WHERE stage_id = $1 AND id <> $2 \
         AND ($3 = 0 OR rank < $4)",
    )
    .bind(stage)
    .bind(except)
    .bind(i64::from(under.is_some()))
    .bind(under.unwrap_or(0))
    .fetch_one(work.conn())
    .await?;
    Ok(prev)
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
