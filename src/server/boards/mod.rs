//! Pipeline boards (P03, P08): a user's boards, their stages (columns) and
//! the job applications on them (cards), with every change on a card's
//! timeline. This file holds the board rules; stages and cards have their
//! own files, all SQL is in `repo/`, card fields are checked in
//! `card_input.rs`, and card order is `rank.rs`.

pub mod card_input;
pub mod cards;
pub mod csv_export;
pub mod import;
pub mod moves;
pub mod rank;
pub mod repo;
pub mod stages;
pub mod templates;

use crate::error::AppError;
use crate::i18n::{Locale, translate};
use crate::model::board::{BOARD_TEMPLATES, Board, BoardSummary, Card, Stage};
use crate::server::db::Db;
use crate::server::id::new_id;
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use crate::server::validation as v;
use crate::server::validation::FieldErrors;
use repo::cards::CardRow;

/// Most boards one person keeps.
pub const BOARDS_MAX: usize = 100;

pub async fn list(scope: &Scope, db: &Db) -> Result<Vec<BoardSummary>, AppError> {
    Ok(repo::boards::list(scope, db)
        .await?
        .into_iter()
        .map(|b| BoardSummary {
            id: b.id,
            name: b.name,
            archived: b.archived_at.is_some(),
            cards: b.cards,
            updated_at: b.updated_at,
        })
        .collect())
}

/// Creates a board from a template, its stage names in `locale`; answers
/// its id.
pub async fn create(
    scope: &Scope,
    db: &Db,
    locale: Locale,
    name: &str,
    template: &str,
) -> Result<String, AppError> {
    let name = name.trim();
    let mut errors = FieldErrors::default();
    errors.check("name", v::text(name, true));
    if !BOARD_TEMPLATES.contains(&template) {
        errors.add("template", "error-choice-invalid");
    }
    errors.finish()?;
    if repo::boards::list(scope, db).await?.len() >= BOARDS_MAX {
        return Err(AppError::field("name", "error-too-many"));
    }
    let stages: Vec<(String, &str, &str, bool)> = templates::stages(template)
        .unwrap_or_default()
        .iter()
        .map(|s| {
            (
                translate(locale, s.name_key),
                s.color,
                s.kind,
                s.marks_applied,
            )
        })
        .collect();
    let id = new_id();
    repo::boards::insert(scope, db, &id, name, &stages, now_ms()).await?;
    Ok(id)
}

/// Longest wait, in days, before an applied card looks ghosted.
pub const GHOST_DAYS_MAX: i64 = 365;

/// The rules of the board form: a name, and after how many quiet days
/// (1 to [`GHOST_DAYS_MAX`], 21 when left empty) an applied card looks
/// ghosted. Answers the days.
pub fn check(name: &str, ghost_days: &str) -> Result<i64, AppError> {
    let mut errors = FieldErrors::default();
    errors.check("name", v::text(name.trim(), true));
    let days = errors.check("ghost_days", v::number(ghost_days.trim(), GHOST_DAYS_MAX));
    if let Some(Some(0)) = days {
        errors.add("ghost_days", "error-number-invalid");
    }
    errors.finish()?;
    Ok(days.flatten().unwrap_or(21))
}

/// Renames a board and sets after how many quiet days an applied card
/// looks ghosted.
pub async fn rename(
    scope: &Scope,
    db: &Db,
    id: &str,
    name: &str,
    ghost_days: &str,
) -> Result<(), AppError> {
    let days = check(name, ghost_days)?;
    repo::boards::rename(scope, db, id, name.trim(), days, now_ms()).await
}

pub async fn set_archived(
    scope: &Scope,
    db: &Db,
    id: &str,
    archived: bool,
) -> Result<(), AppError> {
    let now = now_ms();
    repo::boards::set_archived(scope, db, id, archived.then_some(now), now).await
}

/// Deletes a board for good, once the person confirmed it.
pub async fn delete(scope: &Scope, db: &Db, id: &str, confirmed: bool) -> Result<(), AppError> {
    if !confirmed {
        return Err(AppError::field("confirm", "error-confirm-required"));
    }
    repo::boards::delete(scope, db, id).await
}

/// A whole board: stages in order, each with its live cards in order.
/// Two queries, whatever the board's size.
/// `NotFound` unless board `id` is the person's.
pub async fn ensure_own(scope: &Scope, db: &Db, id: &str) -> Result<(), AppError> {
    repo::boards::find(scope, db, id).await.map(|_| ())
}

pub async fn get(scope: &Scope, db: &Db, id: &str) -> Result<Board, AppError> {
    let board = repo::boards::find(scope, db, id).await?;
    let stages = repo::stages::list(scope, db, id).await?;
    let mut cards = repo::cards::list_for_board(scope, db, id).await?;
    let now = now_ms();
    let today = chrono::NaiveDate::parse_from_str(&cards::today(scope, db).await?, "%Y-%m-%d").ok();
    let stages = stages
        .into_iter()
        .map(|s| {
            let (mine, rest): (Vec<CardRow>, Vec<CardRow>) =
                cards.drain(..).partition(|c| c.stage_id == s.id);
            cards = rest;
            Stage {
                id: s.id,
                name: s.name,
                color: s.color,
                kind: s.kind,
                marks_applied: s.marks_applied != 0,
                cards: mine.into_iter().map(|c| card(c, today, now)).collect(),
            }
        })
        .collect();
    Ok(Board {
        id: board.id,
        name: board.name,
        archived: board.archived_at.is_some(),
        ghost_days: board.ghost_days,
        stages,
    })
}

fn card(c: CardRow, today: Option<chrono::NaiveDate>, now: i64) -> Card {
    let deadline_days = c
        .deadline
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .zip(today)
        .map(|(d, t)| (d - t).num_days());
    Card {
        id: c.id,
        title: c.title,
        company: c.company.unwrap_or_default(),
        location: c.location,
        work_mode: c.work_mode,
        salary_min: c.salary_min,
        salary_max: c.salary_max,
        salary_currency: c.salary_currency,
        salary_period: c.salary_period,
        deadline: c.deadline,
        deadline_days,
        excitement: c.excitement,
        tags: serde_json::from_str(&c.tags).unwrap_or_default(),
        stage_since: c.stage_since,
        applied_on: c.applied_on,
        idle_days: (now - c.updated_at).max(0) / 86_400_000,
    }
}
