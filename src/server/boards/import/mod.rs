//! Importing a CSV file into a board. The file is uploaded once
//! (`api::boards::http`, a plain multipart form) and kept in `csv_imports`
//! as UTF-8 (`encoding.rs`). The mapping page then shows it under the
//! person's choices (`preview.rs`, `plan.rs`): the field each column fills
//! (guessed from the headers, `mapping.rs`; cells read by `cells.rs` and
//! `rows.rs`), whether its numeric dates put the day or the month first
//! (guessed from the whole column, `dates.rs`), the stage each of its
//! statuses goes to (matched by meaning, `statuses.rs`), and the rows that
//! would be refused and why. The person changes any of it and imports
//! (`run.rs`): good rows become cards, each bad row is reported with its
//! line and errors and never stops the others. A file is imported at most
//! once, in parts that each commit with how far the import got, and kept
//! a day (the `boards.imports_prune` job).

pub mod cells;
pub mod dates;
mod encoding;
pub mod mapping;
pub mod plan;
mod preview;
mod rows;
mod run;
mod statuses;

pub use plan::Choices;
pub use preview::preview;
pub use run::{BATCH_ROWS, STALE_MS, run};

use super::card_input;
use super::repo;
use crate::error::AppError;
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

/// A JSON column of `csv_imports` (a report, a plan, progress), if set.
fn from_json<T: serde::de::DeserializeOwned>(json: Option<String>) -> Result<Option<T>, AppError> {
    json.map(|j| serde_json::from_str(&j))
        .transpose()
        .map_err(|_| AppError::internal())
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
}
