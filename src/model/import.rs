//! Importing a CSV file into a board: the card fields a column can fill,
//! the choices a person makes on the mapping page (columns, the order of
//! numeric dates, the stage of each status), the preview of an uploaded
//! file under those choices, and the report of an import.

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
    /// How the numeric dates of the mapped date columns are read; `None`
    /// when those columns hold none (ISO dates need no choice).
    pub dates: Option<DateReading>,
    /// The statuses of the column mapped to the stage, each with the stage
    /// its rows go to, most frequent first, at most
    /// [`MAX_LISTED_STATUSES`].
    pub statuses: Vec<StatusRow>,
    /// Statuses of the file not in `statuses` (past the cap, or too long
    /// to be one): their rows go to the stage their name means.
    pub unlisted_statuses: usize,
    /// The board's stages, left to right, for the status choices.
    pub stages: Vec<StageOption>,
    /// How far an import that stopped before its end got; it goes on from
    /// there, with the choices it started with.
    pub progress: Option<ImportProgress>,
    /// Set once the file has been imported.
    pub report: Option<ImportReport>,
}

/// Most statuses the mapping page lists.
pub const MAX_LISTED_STATUSES: usize = 50;

/// Which comes first in a numeric date whose year is last (`03/04/2026`).
/// Dates with the year first are read the one way there is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    #[default]
    DayFirst,
    MonthFirst,
}

impl DateOrder {
    /// The value a form sends for it.
    pub fn as_str(self) -> &'static str {
        match self {
            DateOrder::DayFirst => "day-first",
            DateOrder::MonthFirst => "month-first",
        }
    }

    /// The order a form sent; `None` for anything else.
    pub fn parse(value: &str) -> Option<DateOrder> {
        [DateOrder::DayFirst, DateOrder::MonthFirst]
            .into_iter()
            .find(|o| o.as_str() == value)
    }
}

/// How the file's numeric dates are read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateReading {
    /// The order the file's own dates suggest.
    pub detected: DateOrder,
    /// The order they are read in: the person's choice, else `detected`.
    pub chosen: DateOrder,
    /// A numeric date of the file as written, one that reads differently
    /// either way when the file has one.
    pub example: String,
    /// `example` read in the chosen order: year, month, day.
    pub example_read: Option<(i32, u32, u32)>,
}

/// A status of the file and the stage its rows go to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusRow {
    /// As first written in the file (empty: rows without a status).
    pub value: String,
    /// Rows with it (any case).
    pub rows: usize,
    /// The stage chosen, or else the one its name means, or else the
    /// board's first.
    pub stage_id: String,
}

/// A stage a status can go to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageOption {
    pub id: String,
    pub name: String,
}

/// The stage a person chose for a status of the file, as the mapping form
/// sends it (`statuses[0][value]=Interview&statuses[0][stage]=<id>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChoice {
    pub value: String,
    pub stage: String,
}

/// An import part done: the rows gone through so far (from the first) and
/// what they did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProgress {
    pub rows_done: usize,
    pub imported: usize,
    pub skipped: Vec<RowProblem>,
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
