//! A board as a CSV file (served at `GET /boards/{id}/export.csv` by
//! `api::boards::http`): one row per
//! card, archived ones too, with headers that the import recognises and
//! that spreadsheets open as they are. A cell that a spreadsheet would run
//! as a formula is written with a leading apostrophe.

use super::repo;
use crate::error::AppError;
use crate::model::card::{CARD_FIELDS, CardField};
use crate::server::db::Db;
use crate::server::scope::Scope;

/// One column of a board's CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// One of the card's fields (`model::card::CARD_FIELDS`).
    Field(CardField),
    /// The card's stage, by name: after the company.
    Stage,
    /// "yes" for an archived card: last.
    Archived,
}

impl Column {
    pub fn header(self) -> &'static str {
        match self {
            Column::Field(f) => f.header,
            Column::Stage => "Stage",
            Column::Archived => "Archived",
        }
    }
}

/// The columns, in order: the card's fields, with the stage after the
/// company and whether the card is archived at the end.
pub fn columns() -> impl Iterator<Item = Column> {
    CARD_FIELDS
        .iter()
        .flat_map(|&f| {
            let stage = (f.key == "company").then_some(Column::Stage);
            std::iter::once(Column::Field(f)).chain(stage)
        })
        .chain(std::iter::once(Column::Archived))
}

/// The header row.
pub fn headers() -> Vec<&'static str> {
    columns().map(Column::header).collect()
}

/// Makes a cell safe to open in a spreadsheet: one that a spreadsheet
/// would read as a formula, even after leading spaces (some skip them,
/// non-breaking ones included), gets a `'` in front.
fn cell(value: &str) -> String {
    let formula = value
        .trim_start_matches(|c: char| c.is_whitespace() && !matches!(c, '\t' | '\r'))
        .starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula {
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
    out.write_record(headers()).map_err(fail)?;
    for row in rows {
        let form = row.fields.form();
        let record = columns().map(|column| match column {
            Column::Field(f) => cell(form.get(f.key).unwrap_or_default()),
            Column::Stage => cell(&row.stage),
            Column::Archived => if row.archived_at.is_some() { "yes" } else { "" }.to_string(),
        });
        out.write_record(record).map_err(fail)?;
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

    /// Spreadsheets that skip leading spaces would still run these.
    #[test]
    fn formulas_behind_spaces_are_defused() {
        assert_eq!(cell(" =1+1"), "' =1+1");
        assert_eq!(cell("\u{a0}=HYPERLINK(\"x\")"), "'\u{a0}=HYPERLINK(\"x\")");
        assert_eq!(cell("  @SUM(A1)"), "'  @SUM(A1)");
        assert_eq!(cell("\u{2003}+cmd"), "'\u{2003}+cmd");
        assert_eq!(cell(" Acme - Amsterdam"), " Acme - Amsterdam");
    }
}
