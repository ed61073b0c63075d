//! Stage rules: add, rename and recolour, move left or right, delete
//! (its cards move to a stage the person chooses).

use super::card_input::{choice, color};
use super::repo::events::Change;
use super::repo::ranks::Placement;
use super::repo::stages::{StageFields, StageRow};
use super::{rank, repo};
use crate::error::AppError;
use crate::model::board::STAGE_KINDS;
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use crate::server::validation as v;
use crate::server::validation::FieldErrors;
use crate::server::work::Work;

/// Most stages on one board.
pub const STAGES_MAX: usize = 20;

/// Whether a card in a stage of kind `kind` at `position` has been applied
/// for, on a board whose first applied stage sits at `applied_at`: that
/// stage, or an open or won stage right of it. Entering such a stage gives
/// a card without one an applied date, and insights count the card as
/// applied: one rule for both, so the funnel and the weekly chart agree.
pub fn past_applying(kind: &str, position: i64, applied_at: Option<i64>) -> bool {
    kind != "lost" && applied_at.is_some_and(|at| position >= at)
}

/// A stage form as typed.
pub struct StageInput {
    pub name: String,
    pub color: String,
    pub kind: String,
    pub marks_applied: bool,
}

/// The rules of the stage form.
pub fn check(input: &StageInput) -> Result<StageFields<'_>, AppError> {
    let mut errors = FieldErrors::default();
    errors.check("name", v::text(input.name.trim(), true));
    errors.check("color", color(&input.color));
    if input.kind.is_empty() {
        errors.add("kind", "error-required");
    } else {
        errors.check("kind", choice(&input.kind, STAGE_KINDS));
    }
    errors.finish()?;
    Ok(StageFields {
        name: input.name.trim(),
        color: &input.color,
        kind: &input.kind,
        marks_applied: input.marks_applied,
    })
}

/// Adds a stage at the right end of a board; answers its id.
pub async fn add(
    scope: &Scope,
    db: &Db,
    board_id: &str,
    input: &StageInput,
) -> Result<String, AppError> {
    let fields = check(input)?;
    if repo::stages::list(scope, db, board_id).await?.len() >= STAGES_MAX {
        return Err(AppError::field("name", "error-too-many"));
    }
    // NotFound for another user's board, before anything is written.
    repo::boards::find(scope, db, board_id).await?;
    repo::stages::insert(scope, db, board_id, &fields, now_ms()).await
}

pub async fn update(scope: &Scope, db: &Db, id: &str, input: &StageInput) -> Result<(), AppError> {
    let fields = check(input)?;
    repo::stages::update(scope, db, id, &fields, now_ms()).await
}

/// Moves a stage one place left (`-1`) or right (`1`); at an end it stays.
pub async fn shift(scope: &Scope, db: &Db, id: &str, step: i64) -> Result<(), AppError> {
    let stage = repo::stages::find(scope, db, id).await?;
    let mut ids: Vec<String> = repo::stages::list(scope, db, &stage.board_id)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let Some(at) = ids.iter().position(|s| *s == stage.id) else {
        return Err(AppError::NotFound);
    };
    let to = at as i64 + step.signum();
    if to < 0 || to >= ids.len() as i64 {
        return Ok(());
    }
    ids.swap(at, to as usize);
    let mut work = Work::begin(scope, db).await?;
    repo::stages::reorder(&mut work, &stage.board_id, &ids, now_ms()).await?;
    work.commit().await
}

/// Deletes a stage; its cards move, in order, to the end of `move_to`.
pub async fn delete(scope: &Scope, db: &Db, id: &str, move_to: &str) -> Result<(), AppError> {
    let stage = repo::stages::find(scope, db, id).await?;
    let cards = repo::cards::count_in_stage(scope, db, id).await?;
    if move_to.is_empty() || move_to == id {
        if cards > 0 {
            return Err(AppError::field("move_to", "error-required"));
        }
        return repo::stages::delete_empty(scope, db, id).await;
    }
    let target = repo::stages::find(scope, db, move_to)
        .await
        .map_err(|_| AppError::field("move_to", "error-choice-invalid"))?;
    if target.board_id != stage.board_id {
        return Err(AppError::field("move_to", "error-choice-invalid"));
    }
    delete_moving_cards(scope, db, &stage, &target.id).await
}

/// Deletes `stage` after moving its cards, in order, to the end of stage
/// `target` of the same board, each move on the card's timeline.
async fn delete_moving_cards(
    scope: &Scope,
    db: &Db,
    stage: &StageRow,
    target: &str,
) -> Result<(), AppError> {
    let now = now_ms();
    let mut work = Work::begin(scope, db).await?;
    // The target's lock first: moves into it wait.
    let target = repo::stages::lock(&mut work, target, now).await?;
    let (last, _) = repo::ranks::neighbours(&mut work, &target.id, "", None).await?;
    let cards = repo::ranks::cards_in(&mut work, &stage.id, "").await?;
    let start = last.unwrap_or(0);
    let change = Change::stage((&stage.id, &stage.name), (&target.id, &target.name));
    for (i, card) in cards.iter().enumerate() {
        let placement = Placement {
            stage_id: &target.id,
            rank: start + (i as i64 + 1) * rank::GAP,
            entering: true,
            applied_on: None,
        };
        repo::ranks::put(&mut work, card, &placement, now).await?;
        repo::events::insert(&mut work, card, &change, now).await?;
    }
    repo::stages::delete(&mut work, &stage.id).await?;
    work.commit().await
}
