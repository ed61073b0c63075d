//! The mapping page's view of an uploaded file under the person's choices:
//! its columns and the field each fills, its first rows, the rows that
//! would be refused and why, how its numeric dates are read (with an
//! example from the file), and the stage each of its statuses goes to.

use super::plan::{Choices, Plan, check_mapping};
use super::rows::row_input;
use super::{Table, card_input, dates, from_json, mapping, parse_text, statuses};
use crate::error::AppError;
use crate::model::import::{
    DateReading, ImportColumn, ImportPreview, MAX_LISTED_STATUSES, RowProblem, StageOption,
    StatusRow,
};
use crate::server::boards::repo;
use crate::server::boards::repo::stages::StageRow;
use crate::server::db::Db;
use crate::server::scope::Scope;

/// Rows shown in the preview.
const SAMPLE_ROWS: usize = 5;
/// A longer cell is not a status: it is counted, not listed.
const MAX_STATUS_CHARS: usize = 100;

/// The file `id` under `choices` (the mapping guessed from the headers
/// when it is empty). A mapping that cannot be used is answered as
/// `mapping_error`, with the columns, so the person can fix it; a date
/// order or stage the form could not have sent is refused (`plan.rs`).
/// Once an import of the file has started, its own plan is shown.
pub async fn preview(
    scope: &Scope,
    db: &Db,
    id: &str,
    choices: Choices,
) -> Result<ImportPreview, AppError> {
    let upload = repo::imports::find(scope, db, id).await?;
    let board = repo::boards::find(scope, db, &upload.board_id).await?;
    let stages = repo::stages::list(scope, db, &board.id).await?;
    let table = parse_text(&upload.content).map_err(|key| AppError::field("file", key))?;
    let report = from_json(upload.report)?;
    let progress = from_json(upload.progress)?;
    let started: Option<Plan> = match progress {
        Some(_) => from_json(upload.plan)?,
        None => None,
    };
    let plan = match started {
        Some(plan) => plan,
        None => {
            let mapping = if choices.map.is_empty() {
                mapping::auto_map(&table.headers)
            } else {
                choices.map.clone()
            };
            Plan::new(mapping, &choices, &table.rows, &stages)?
        }
    };
    let mapping_error = match check_mapping(&plan.mapping, table.headers.len()) {
        Err(AppError::Validation(errors)) => errors.into_iter().next().map(|e| e.message),
        _ => None,
    };
    let (statuses, unlisted_statuses) = status_rows(&plan, &table, &stages);
    Ok(ImportPreview {
        id: upload.id,
        board_id: board.id,
        board_name: board.name,
        file_name: upload.file_name,
        problems: if mapping_error.is_none() {
            problems(&plan, &table)
        } else {
            Vec::new()
        },
        mapping_error,
        columns: table
            .headers
            .iter()
            .zip(plan.mapping.iter().chain(std::iter::repeat(&String::new())))
            .map(|(header, field)| ImportColumn {
                header: header.clone(),
                field: field.clone(),
            })
            .collect(),
        sample: table.rows.iter().take(SAMPLE_ROWS).cloned().collect(),
        rows: table.rows.len(),
        dates: date_reading(&plan, &table),
        statuses,
        unlisted_statuses,
        stages: stages
            .iter()
            .map(|s| StageOption {
                id: s.id.clone(),
                name: s.name.clone(),
            })
            .collect(),
        progress,
        report,
    })
}

/// The rows the card checks would refuse under `plan`, by line.
fn problems(plan: &Plan, table: &Table) -> Vec<RowProblem> {
    table
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            match card_input::check(&row_input(&plan.mapping, row, plan.order).card) {
                Err(AppError::Validation(errors)) => Some(RowProblem {
                    line: i + 2,
                    errors,
                }),
                _ => None,
            }
        })
        .collect()
}

/// How the numeric dates of the file are read: what they suggest, what
/// the plan reads them as, and an example.
fn date_reading(plan: &Plan, table: &Table) -> Option<DateReading> {
    let example = dates::example_in(&plan.mapping, &table.rows)?;
    Some(DateReading {
        detected: dates::order_in(&plan.mapping, &table.rows),
        chosen: plan.order,
        example_read: dates::parts(&example, plan.order),
        example,
    })
}

/// The statuses of the column mapped to the stage, each with the stage its
/// rows go to, and how many more there are than are listed.
fn status_rows(plan: &Plan, table: &Table, stages: &[StageRow]) -> (Vec<StatusRow>, usize) {
    let Some(column) = plan.mapping.iter().position(|f| f == "stage") else {
        return (Vec::new(), 0);
    };
    if stages.is_empty() {
        return (Vec::new(), 0);
    }
    let all = statuses::distinct(
        table
            .rows
            .iter()
            .map(|row| row.get(column).map_or("", String::as_str)),
    );
    let total = all.len();
    let listed: Vec<StatusRow> = all
        .into_iter()
        .filter(|(value, _)| value.chars().count() <= MAX_STATUS_CHARS)
        .take(MAX_LISTED_STATUSES)
        .filter_map(|(value, rows)| {
            let stage = plan.stage_for(&value, stages)?;
            Some(StatusRow {
                stage_id: stage.id.clone(),
                value,
                rows,
            })
        })
        .collect();
    let unlisted = total - listed.len();
    (listed, unlisted)
}
