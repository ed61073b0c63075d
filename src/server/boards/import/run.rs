//! The import itself: every good row of the file becomes a card, in the
//! stage the plan gives its status, and every bad one is reported by line.
//!
//! **Once only, in parts.** A run first claims the file
//! (`csv_imports.run_id`, with `started_at` as the time it last wrote):
//! only the call that finds it neither imported nor held goes on, so a
//! double submit or a second tab imports it once. The rows are then
//! written [`BATCH_ROWS`] at a time, each part in one transaction that
//! also records how far the import got (`progress`) and, for the last
//! part, its report; a part commits only while its run still holds the
//! file. So a file of 2,000 rows never holds SQLite's write lock for more
//! than one part (other people's writes wait a part, not the whole file),
//! and the file's rows are in the database exactly as far as its record
//! says.
//!
//! **A run that stops.** A part that fails rolls back alone; the parts
//! before it stay, with their progress. The run gives up its claim, and
//! the page says how far the import got: importing again goes on from
//! the next row, with the plan the import started with (kept with the
//! file once a part is done), and ends with one report for the whole
//! file. A run that died without giving up its claim (the process
//! stopped) holds it until [`STALE_MS`] after its last part; then the
//! next run takes over from the same record. One transaction for the whole
//! file would have made a failure leave nothing, but would have held the
//! write lock for seconds; rows written one by one, as before, left half
//! an import that a second run imported again.
//!
//! The rows are written by a task of their own, so a request that times
//! out or a browser that goes away does not stop an import half way.

use super::plan::{Choices, Plan, check_mapping};
use super::rows::row_input;
use super::{Table, card_input, from_json, parse_text};
use crate::error::AppError;
use crate::model::import::{ImportProgress, ImportReport, RowProblem};
use crate::server::boards::cards::{set_archived_in, write_new};
use crate::server::boards::repo::cards::NewCard;
use crate::server::boards::repo::stages::StageRow;
use crate::server::boards::stages::past_applying;
use crate::server::boards::{cards, rank, repo};
use crate::server::companies::repo as companies;
use crate::server::db::Db;
use crate::server::id::new_id;
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use crate::server::work::Work;
use std::collections::HashMap;
use tracing::Instrument;

/// Rows written in one transaction.
pub const BATCH_ROWS: usize = 100;
/// How long after its last write a run's claim holds.
pub const STALE_MS: i64 = 2 * 60 * 1000;

/// Imports the file `id` under `choices`, or goes on with the import that
/// stopped part way. A file already imported answers its report and
/// imports nothing; while another run imports it, this one is refused
/// (`error-import-running`).
pub async fn run(
    scope: &Scope,
    db: &Db,
    id: &str,
    choices: Choices,
) -> Result<ImportReport, AppError> {
    let upload = repo::imports::find(scope, db, id).await?;
    if let Some(json) = &upload.report {
        return serde_json::from_str(json).map_err(|_| AppError::internal());
    }
    let table = parse_text(&upload.content).map_err(|key| AppError::field("file", key))?;
    let stages = repo::stages::list(scope, db, &upload.board_id).await?;
    if stages.is_empty() {
        return Err(AppError::field("mapping", "error-import-no-stages"));
    }
    // An import under way or stopped part way follows its own plan.
    let plan = match (&upload.progress, &upload.plan) {
        (Some(_), Some(json)) => json.clone(),
        _ => {
            check_mapping(&choices.map, table.headers.len())?;
            let plan = Plan::new(choices.map.clone(), &choices, &table.rows, &stages)?;
            serde_json::to_string(&plan).map_err(|_| AppError::internal())?
        }
    };
    let run_id = new_id();
    let now = now_ms();
    let mut work = Work::begin(scope, db).await?;
    let claimed = repo::imports::claim(&mut work, id, &run_id, &plan, now, now - STALE_MS).await?;
    work.commit().await?;
    let Some(claimed) = claimed else {
        // Finished meanwhile: its report; else another run has it.
        let upload = repo::imports::find(scope, db, id).await?;
        return match &upload.report {
            Some(json) => serde_json::from_str(json).map_err(|_| AppError::internal()),
            None => Err(AppError::field("file", "error-import-running")),
        };
    };
    let plan: Plan = from_json(claimed.plan)?.ok_or_else(AppError::internal)?;
    let progress: ImportProgress = from_json(claimed.progress)?.unwrap_or_default();
    let job = Job {
        scope: scope.clone(),
        db: db.clone(),
        id: id.to_string(),
        board_id: upload.board_id,
        run_id,
        table,
        stages,
        plan,
    };
    tokio::spawn(job.go(progress).instrument(tracing::Span::current()))
        .await
        .map_err(|_| AppError::internal())?
}

/// A claimed import, written in its own task.
struct Job {
    scope: Scope,
    db: Db,
    id: String,
    board_id: String,
    run_id: String,
    table: Table,
    stages: Vec<StageRow>,
    plan: Plan,
}

impl Job {
    /// Writes the rows from `progress` on; when a part fails, gives up the
    /// claim so that the import can go on from there.
    async fn go(self, progress: ImportProgress) -> Result<ImportReport, AppError> {
        let result = self.write(progress).await;
        if result.is_err()
            && let Err(error) = self.release().await
        {
            tracing::warn!(%error, "an import that stopped could not give up its claim");
        }
        result
    }

    async fn release(&self) -> Result<(), AppError> {
        let mut work = Work::begin(&self.scope, &self.db).await?;
        repo::imports::release(&mut work, &self.id, &self.run_id).await?;
        work.commit().await
    }

    async fn write(&self, mut progress: ImportProgress) -> Result<ImportReport, AppError> {
        let (scope, db) = (&self.scope, &self.db);
        let today = cards::today(scope, db).await?;
        let applied_at = repo::stages::applied_position(&db.pool, &self.board_id).await?;
        let total = self.table.rows.len();
        loop {
            let start = progress.rows_done.min(total);
            let end = (start + BATCH_ROWS).min(total);
            let now = now_ms();
            let mut work = Work::begin(scope, db).await?;
            let mut part = Part::default();
            for (i, row) in self.table.rows[start..end].iter().enumerate() {
                let input = row_input(&self.plan.mapping, row, self.plan.order);
                let mut fields = match card_input::check(&input.card) {
                    Ok(fields) => fields,
                    Err(AppError::Validation(errors)) => {
                        progress.skipped.push(RowProblem {
                            line: start + i + 2,
                            errors,
                        });
                        continue;
                    }
                    Err(other) => return Err(other),
                };
                let stage = self
                    .plan
                    .stage_for(&input.status, &self.stages)
                    .ok_or_else(AppError::internal)?;
                if past_applying(&stage.kind, stage.position, applied_at)
                    && fields.applied_on.is_none()
                {
                    fields.applied_on = Some(today.clone());
                }
                let company_id = part.company(&mut work, &fields.company, now).await?;
                let card_id = new_id();
                let card = NewCard {
                    id: &card_id,
                    board_id: &self.board_id,
                    stage_id: &stage.id,
                    company_id: company_id.as_deref(),
                    rank: part.next_rank(&mut work, &stage.id, now).await?,
                };
                write_new(&mut work, &card, &fields, now).await?;
                if input.archived {
                    set_archived_in(&mut work, &card_id, true, now).await?;
                }
                progress.imported += 1;
            }
            repo::boards::touch(&mut work, &self.board_id, now).await?;
            progress.rows_done = end;
            let held = if end == total {
                let report = ImportReport {
                    imported: progress.imported,
                    skipped: progress.skipped.clone(),
                };
                let json = serde_json::to_string(&report).map_err(|_| AppError::internal())?;
                repo::imports::finish(&mut work, &self.id, &self.run_id, &json).await?
            } else {
                let json = serde_json::to_string(&progress).map_err(|_| AppError::internal())?;
                repo::imports::save_progress(&mut work, &self.id, &self.run_id, &json, now).await?
            };
            if !held {
                // Another run took the file over: this part rolls back.
                return Err(AppError::field("file", "error-import-running"));
            }
            work.commit().await?;
            if end == total {
                return Ok(ImportReport {
                    imported: progress.imported,
                    skipped: progress.skipped,
                });
            }
        }
    }
}

/// What one part learns as it writes: the companies it found or made, by
/// name, and the last rank it gave in each stage it locked.
#[derive(Default)]
struct Part {
    companies: HashMap<String, String>,
    last_rank: HashMap<String, Option<i64>>,
}

impl Part {
    /// The company record called `name`; `None` when no name was given.
    async fn company(
        &mut self,
        work: &mut Work<'_>,
        name: &str,
        now: i64,
    ) -> Result<Option<String>, AppError> {
        let name = name.trim();
        if name.is_empty() {
            return Ok(None);
        }
        let key = companies::name_key(name);
        if let Some(id) = self.companies.get(&key) {
            return Ok(Some(id.clone()));
        }
        let id = companies::find_or_create_in(work, name, now).await?;
        self.companies.insert(key, id.clone());
        Ok(Some(id))
    }

    /// The rank of a new card at the end of `stage`, which the first card
    /// of the part locks (as adding one card does).
    async fn next_rank(
        &mut self,
        work: &mut Work<'_>,
        stage: &str,
        now: i64,
    ) -> Result<i64, AppError> {
        let last = match self.last_rank.get(stage) {
            Some(last) => *last,
            None => {
                repo::stages::lock(work, stage, now).await?;
                repo::ranks::neighbours(work, stage, "", None).await?.0
            }
        };
        let rank = rank::between(last, None).ok_or_else(AppError::internal)?;
        self.last_rank.insert(stage.to_string(), Some(rank));
        Ok(rank)
    }
}
