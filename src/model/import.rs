//! Importing a CSV file into a board: the card fields a column can fill,
//! the preview of an uploaded file with its column mapping, and the report
//! of an import.

use crate::error::FieldError;
use serde::{Deserialize, Serialize};

/// The card fields a CSV column can be mapped to, in the order the mapping
/// form lists them. `salary` is one cell holding a range ("$90k–120k").
pub const IMPORT_FIELDS: &[&str] = &[
    "title",
    "company",
    "stage",
    "job_url",
    "description",
    "location",
    "work_mode",
    "salary",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "job_type",
    "source",
    "deadline",
    "applied_on",
    "excitement",
    "tags",
    "notes",
    "archived",
];

/// An uploaded file, how its columns map to card fields, and what an
/// import with that mapping would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub id: String,
    pub board_id: String,
    pub board_name: String,
    pub file_name: String,
    pub columns: Vec<ImportColumn>,
    /// The first rows, cell by cell, as in the file.
    pub sample: Vec<Vec<String>>,
    /// Data rows in the file (the header row not counted).
    pub rows: usize,
    /// Why the mapping cannot be used (a translation key), if it cannot.
    pub mapping_error: Option<String>,
    /// Rows that would not be imported, and why.
    pub problems: Vec<RowProblem>,
    /// Set once the file has been imported.
    pub report: Option<ImportReport>,
}

/// One column of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportColumn {
    pub header: String,
    /// One of [`IMPORT_FIELDS`], or empty: the column is left out.
    pub field: String,
}

/// A row that cannot become a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    /// The row's line in the file, the header being line 1.
    pub line: usize,
    /// Why, field by field. (A report stored before the limits were named
    /// holds `[field, key]` pairs, which read as field errors too.)
    pub errors: Vec<FieldError>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub imported: usize,
    pub skipped: Vec<RowProblem>,
}
