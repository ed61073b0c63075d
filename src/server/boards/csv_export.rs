//! A board as a CSV file (served at `GET /boards/{id}/export.csv` by
//! `api::boards::http`): one row per
//! card, archived ones too, with headers that the import recognises and
//! that spreadsheets open as they are. A cell that a spreadsheet would run
//! as a formula is written with a leading apostrophe.

use super::repo;
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

pub const HEADERS: [&str; 19] = [
    "Title",
    "Company",
    "Stage",
    "Location",
    "Work mode",
    "Salary min",
    "Salary max",
    "Currency",
    "Salary period",
    "Job type",
    "Source",
    "Job URL",
    "Description",
    "Deadline",
    "Applied on",
    "Excitement",
    "Tags",
    "Notes",
    "Archived",
];

/// Makes a cell safe to open in a spreadsheet.
fn cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// The CSV text of a board, and its name.
pub async fn board_csv(scope: &Scope, db: &Db, id: &str) -> Result<(String, Vec<u8>), AppError> {
    let board = repo::boards::find(scope, db, id).await?;
    let rows = repo::cards::export_rows(scope, db, id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let fail = |_| AppError::internal();
    out.write_record(HEADERS).map_err(fail)?;
    for r in rows {
        let f = r.fields;
        let n = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        let tags: Vec<String> = serde_json::from_str(&f.tags).unwrap_or_default();
        let record = [
            f.title,
            r.company.unwrap_or_default(),
            r.stage,
            f.location,
            f.work_mode,
            n(f.salary_min),
            n(f.salary_max),
            f.salary_currency,
            f.salary_period,
            f.job_type,
            f.source,
            f.job_url,
            f.description,
            f.deadline.unwrap_or_default(),
            f.applied_on.unwrap_or_default(),
            n(f.excitement),
            tags.join(", "),
            f.notes,
            if r.archived_at.is_some() { "yes" } else { "" }.to_string(),
        ];
        out.write_record(record.iter().map(|v| cell(v)))
            .map_err(fail)?;
    }
    let bytes = out.into_inner().map_err(|_| AppError::internal())?;
    Ok((board.name, bytes))
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("Acme"), "Acme");
    }
}
