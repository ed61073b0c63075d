//! Importing a CSV file into a board. The file is uploaded once
//! (`api::boards::http`, a plain multipart form) and kept in `csv_imports`; the
//! person then sees its columns mapped to card fields (guessed from the
//! headers, `mapping.rs`; cells read by `cells.rs`), changes the mapping if they like, with a
//! preview of the rows that would be refused and why, and imports. Good
//! rows become cards; each bad row is reported with its line and errors,
//! and never stops the others. A file is imported at most once, and kept a
//! day (the `boards.imports_prune` job).

pub mod cells;
pub mod dates;
mod encoding;
pub mod mapping;
mod statuses;

use super::card_input;
use super::{cards, repo};
use crate::error::AppError;
use crate::model::card::CardForm;
use crate::model::import::{ImportColumn, ImportPreview, ImportReport, RowProblem};
use crate::server::db::Db;
use crate::server::id::new_id;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;

/// Largest file accepted.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Most data rows in one file.
pub const MAX_ROWS: usize = 2_000;
/// Most columns in one file: a job tracker's export has a few dozen; a file
/// with hundreds is not one, and its mapping page would be unusable.
pub const MAX_COLUMNS: usize = 100;
/// Rows shown in the preview.
const SAMPLE_ROWS: usize = 5;
/// How long an uploaded file is kept.
const KEEP_MS: i64 = 24 * 60 * 60 * 1000;

/// A file read as CSV: its header row and its data rows, every row as
/// long as the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Reads an uploaded file: any encoding a spreadsheet saves (`encoding.rs`),
/// commas or semicolons (as spreadsheets in much of Europe write), a header
/// row of at most [`MAX_COLUMNS`] columns and at most [`MAX_ROWS`] rows.
/// Errors are translation keys.
pub fn parse(bytes: &[u8]) -> Result<Table, &'static str> {
    read(bytes).map(|(_, table)| table)
}

/// An uploaded file as UTF-8 text and as the table it holds.
fn read(bytes: &[u8]) -> Result<(String, Table), &'static str> {
    if bytes.len() > MAX_BYTES {
        return Err("error-import-too-large");
    }
    let text = encoding::decode(bytes)?;
    let table = parse_text(&text)?;
    Ok((text, table))
}

/// The table in a file's text (already UTF-8, as stored).
fn parse_text(text: &str) -> Result<Table, &'static str> {
    // Files stored before uploads were decoded may still start with a mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| "error-import-not-csv")?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err("error-import-empty");
    }
    if headers.len() > MAX_COLUMNS {
        return Err("error-import-too-many-columns");
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| "error-import-not-csv")?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err("error-import-too-many-rows");
        }
        let mut row: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        row.resize(headers.len(), String::new());
        rows.push(row);
    }
    if rows.is_empty() {
        return Err("error-import-empty");
    }
    Ok(Table { headers, rows })
}

/// Keeps an uploaded file for board `board_id`; answers its id.
pub async fn store(
    scope: &Scope,
    db: &Db,
    board_id: &str,
    file_name: &str,
    bytes: &[u8],
) -> Result<String, AppError> {
    repo::boards::find(scope, db, board_id).await?;
    // Kept as UTF-8, whatever the file's own encoding was.
    let (content, _) = read(bytes).map_err(|key| AppError::field("file", key))?;
    let name: String = file_name.chars().take(200).collect();
    let id = new_id();
    repo::imports::insert(scope, db, &id, board_id, &name, &content, now_ms()).await?;
    Ok(id)
}

/// A row as the card form would receive it, with the stage named in it
/// and whether it is archived.
struct RowInput {
    card: CardForm,
    stage: String,
    archived: bool,
}

fn row_input(mapping: &[String], row: &[String], order: dates::DateOrder) -> RowInput {
    let mut card = CardForm::default();
    let mut stage = String::new();
    let mut archived = false;
    let mut salary = String::new();
    for (field, cell) in mapping.iter().zip(row) {
        let cell = cells::text(cell);
        match field.as_str() {
            "stage" => stage = cell.into(),
            "salary" => salary = cell.into(),
            "archived" => archived = cells::yes(cell),
            key => {
                if let Some(slot) = card.get_mut(key) {
                    *slot = cells::for_field(key, cell, order);
                }
            }
        }
    }
    // One cell with the whole range fills what its own columns left empty.
    if !salary.is_empty() {
        let amounts = cells::amounts(&salary);
        if card.salary_min.is_empty() {
            card.salary_min = amounts.first().map(i64::to_string).unwrap_or_default();
        }
        if card.salary_max.is_empty() {
            card.salary_max = amounts.get(1).map(i64::to_string).unwrap_or_default();
        }
        if card.salary_currency.is_empty() {
            card.salary_currency = cells::currency(&salary);
        }
        if card.salary_period.is_empty() {
            card.salary_period = cells::period(&salary);
        }
    }
    RowInput {
        card,
        stage,
        archived,
    }
}

/// Errors of the mapping itself: each field once, the title mapped.
fn check_mapping(mapping: &[String], columns: usize) -> Result<(), AppError> {
    if mapping.len() != columns || !mapping.iter().all(|f| mapping::is_field(f)) {
        return Err(AppError::field("mapping", "error-import-mapping-invalid"));
    }
    let mut seen: Vec<&str> = Vec::new();
    for field in mapping.iter().filter(|f| !f.is_empty()) {
        if seen.contains(&field.as_str()) {
            return Err(AppError::field("mapping", "error-import-field-twice"));
        }
        seen.push(field);
    }
    if !seen.contains(&"title") {
        return Err(AppError::field("mapping", "error-import-title-unmapped"));
    }
    Ok(())
}

/// The errors of a row, as the card checks report them.
fn problems(mapping: &[String], table: &Table) -> Vec<RowProblem> {
    let order = dates::order_in(mapping, &table.rows);
    table
        .rows
        .iter()
        .enumerate()
        .filter_map(
            |(i, row)| match card_input::check(&row_input(mapping, row, order).card) {
                Err(AppError::Validation(errors)) => Some(RowProblem {
                    line: i + 2,
                    errors,
                }),
                _ => None,
            },
        )
        .collect()
}

/// The file `id` with its columns mapped by `mapping` (guessed from the
/// headers when empty), its first rows, and the rows that would be refused.
/// A mapping that cannot be used is answered as a `mapping` field error.
pub async fn preview(
    scope: &Scope,
    db: &Db,
    id: &str,
    mapping: Vec<String>,
) -> Result<ImportPreview, AppError> {
    let upload = repo::imports::find(scope, db, id).await?;
    let board = repo::boards::find(scope, db, &upload.board_id).await?;
    let table = parse_text(&upload.content).map_err(|key| AppError::field("file", key))?;
    let mapping = if mapping.is_empty() {
        mapping::auto_map(&table.headers)
    } else {
        mapping
    };
    let mapping_error = match check_mapping(&mapping, table.headers.len()) {
        Err(AppError::Validation(errors)) => errors.into_iter().next().map(|e| e.message),
        _ => None,
    };
    let report = match &upload.report {
        Some(json) => Some(serde_json::from_str(json).map_err(|_| AppError::internal())?),
        None => None,
    };
    Ok(ImportPreview {
        id: upload.id,
        board_id: board.id,
        board_name: board.name,
        file_name: upload.file_name,
        problems: if mapping_error.is_none() {
            problems(&mapping, &table)
        } else {
            Vec::new()
        },
        mapping_error,
        columns: table
            .headers
            .iter()
            .zip(mapping.iter().chain(std::iter::repeat(&String::new())))
            .map(|(header, field)| ImportColumn {
                header: header.clone(),
                field: field.clone(),
            })
            .collect(),
        sample: table.rows.iter().take(SAMPLE_ROWS).cloned().collect(),
        rows: table.rows.len(),
        report,
    })
}

/// Imports the file `id` with `mapping`: every good row becomes a card (in
/// the stage it names, else the board's first), every bad one is reported.
/// A file already imported answers its first report and imports nothing;
/// while one run imports it, another is refused (`error-import-running`),
/// so a double submit cannot import it twice.
pub async fn run(
    scope: &Scope,
    db: &Db,
    id: &str,
    mapping: Vec<String>,
) -> Result<ImportReport, AppError> {
    let upload = repo::imports::find(scope, db, id).await?;
    if let Some(json) = &upload.report {
        return serde_json::from_str(json).map_err(|_| AppError::internal());
    }
    let table = parse_text(&upload.content).map_err(|key| AppError::field("file", key))?;
    check_mapping(&mapping, table.headers.len())?;
    let stages = repo::stages::list(scope, db, &upload.board_id).await?;
    if stages.is_empty() {
        return Err(AppError::field("mapping", "error-import-no-stages"));
    }
    if !repo::imports::claim(scope, db, id, now_ms()).await? {
        // Finished meanwhile: its report; else another run has it.
        let upload = repo::imports::find(scope, db, id).await?;
        return match &upload.report {
            Some(json) => serde_json::from_str(json).map_err(|_| AppError::internal()),
            None => Err(AppError::field("file", "error-import-running")),
        };
    }
    let report = match import_rows(scope, db, &upload.board_id, &stages, &table, &mapping).await {
        Ok(report) => report,
        Err(err) => {
            repo::imports::release(scope, db, id).await?;
            return Err(err);
        }
    };
    let json = serde_json::to_string(&report).map_err(|_| AppError::internal())?;
    repo::imports::set_report(scope, db, id, &json).await?;
    Ok(report)
}

/// Adds a card for every good row of `table`; reports the bad ones.
async fn import_rows(
    scope: &Scope,
    db: &Db,
    board_id: &str,
    stages: &[repo::stages::StageRow],
    table: &Table,
    mapping: &[String],
) -> Result<ImportReport, AppError> {
    let first = &stages[0];
    let order = dates::order_in(mapping, &table.rows);
    let mut report = ImportReport {
        imported: 0,
        skipped: Vec::new(),
    };
    for (i, row) in table.rows.iter().enumerate() {
        let input = row_input(mapping, row, order);
        let stage = statuses::stage_for(&input.stage, stages).unwrap_or(first);
        match cards::add(scope, db, board_id, &stage.id, &input.card).await {
            Ok(added) => {
                if input.archived {
                    cards::set_archived(scope, db, &added.id, true).await?;
                }
                report.imported += 1;
            }
            Err(AppError::Validation(errors)) => report.skipped.push(RowProblem {
                line: i + 2,
                errors,
            }),
            Err(other) => return Err(other),
        }
    }
    Ok(report)
}

/// Recurring: deletes uploaded files a day after their upload.
pub const PRUNE: crate::server::jobs::Every =
    crate::server::jobs::Every::new("boards.imports_prune", crate::server::time::HOUR_MS);

/// The CSV import's background work.
pub fn jobs(
    registry: crate::server::jobs::Registry<AppState>,
) -> crate::server::jobs::Registry<AppState> {
    registry.every(PRUNE, prune)
}

pub async fn prune(state: AppState) -> Result<(), AppError> {
    repo::imports::prune(&Scope::System, &state.db, now_ms() - KEEP_MS).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_read_with_either_separator_and_a_byte_order_mark() {
        let t =
            parse("\u{feff}Title;Company\nDev;Acme\n\n;\nOps;Initech;extra\n".as_bytes()).unwrap();
        assert_eq!(t.headers, ["Title", "Company"]);
        assert_eq!(t.rows, [vec!["Dev", "Acme"], vec!["Ops", "Initech"]]);
        assert_eq!(parse(b"Title\n"), Err("error-import-empty"));
        assert_eq!(parse(&[0xff, 0xfe, 0x00]), Err("error-import-encoding"));
        let wide = format!("{}\nx\n", vec!["c"; MAX_COLUMNS + 1].join(","));
        assert_eq!(parse(wide.as_bytes()), Err("error-import-too-many-columns"));
        let many = format!("Title\n{}", "x\n".repeat(MAX_ROWS + 1));
        assert_eq!(parse(many.as_bytes()), Err("error-import-too-many-rows"));
    }

    #[test]
    fn a_mapping_needs_the_title_and_each_field_once() {
        let m = |f: &[&str]| f.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(check_mapping(&m(&["title", ""]), 2).is_ok());
        assert!(check_mapping(&m(&["company", ""]), 2).is_err());
        assert!(check_mapping(&m(&["title", "title"]), 2).is_err());
        assert!(check_mapping(&m(&["title", "moon"]), 2).is_err());
        assert!(check_mapping(&m(&["title"]), 2).is_err());
    }

    #[test]
    fn a_salary_cell_fills_the_range_currency_and_period() {
        let mapping = vec!["title".to_string(), "salary".to_string()];
        let row = vec!["Dev".to_string(), "€55k–70k per year".to_string()];
        let card = row_input(&mapping, &row, dates::DateOrder::DayFirst).card;
        assert_eq!(
            (card.salary_min.as_str(), card.salary_max.as_str()),
            ("55000", "70000")
        );
        assert_eq!(card.salary_currency, "EUR");
        assert_eq!(card.salary_period, "year");
    }
}
