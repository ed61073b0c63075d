//! What Offerline holds about a person (P23), as the "Your data" page shows
//! it: a count of records per table, grouped into categories that each link
//! to the page where they are corrected (P24), the consent history, the
//! account history and the times staff acted on the account (P20).

use serde::{Deserialize, Serialize};

/// The records of one table that belong to the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableCount {
    pub table: String,
    pub rows: i64,
}

/// One cookie or purpose choice, as it was recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    pub purpose: String,
    pub granted: bool,
    pub policy_version: String,
    pub source: String,
    pub at: i64,
}

/// One event of the account's history: a sign-in, a failed attempt, a
/// password change …
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRecord {
    pub kind: String,
    pub device: String,
    pub at: i64,
}

/// A time a member of staff acted on the account, from the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffAccess {
    pub action: String,
    pub at: i64,
}

/// Everything the "Your data" page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataSummary {
    /// Every table that holds the person's records, as the live database
    /// lists them, so a table added later shows up here by itself.
    pub tables: Vec<TableCount>,
    pub consents: Vec<ConsentRecord>,
    pub history: Vec<AccountRecord>,
    pub staff_access: Vec<StaffAccess>,
}

impl DataSummary {
    /// The records of `table`, 0 when it holds none.
    pub fn rows(&self, table: &str) -> i64 {
        self.tables
            .iter()
            .find(|t| t.table == table)
            .map_or(0, |t| t.rows)
    }
}

/// A kind of data, as the page names it, the tables it is kept in, and
/// the page where the person corrects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Category {
    /// Its translation key.
    pub label: &'static str,
    pub tables: &'static [&'static str],
    pub edit: Option<&'static str>,
}

/// Every category, in the order the page lists them. Each table with
/// personal data belongs to exactly one (a test checks it against the live
/// schema).
pub const CATEGORIES: &[Category] = &[
    Category {
        label: "data-cat-account",
        tables: &["users"],
        edit: Some("/settings"),
    },
    Category {
        label: "data-cat-profile",
        tables: &["profiles"],
        edit: Some("/settings/profile"),
    },
    Category {
        label: "data-cat-experience",
        tables: &["profile_experience"],
        edit: Some("/settings/profile"),
    },
    Category {
        label: "data-cat-education",
        tables: &["profile_education"],
        edit: Some("/settings/profile"),
    },
    Category {
        label: "data-cat-skills",
        tables: &["profile_skills"],
        edit: Some("/settings/profile"),
    },
    Category {
        label: "data-cat-boards",
        tables: &["boards", "stages"],
        edit: Some("/boards"),
    },
    Category {
        label: "data-cat-cards",
        tables: &["applications"],
        edit: Some("/boards"),
    },
    Category {
        label: "data-cat-card-history",
        tables: &["application_events"],
        edit: Some("/boards"),
    },
    Category {
        label: "data-cat-companies",
        tables: &["companies"],
        edit: Some("/boards"),
    },
    Category {
        label: "data-cat-documents",
        tables: &["documents", "document_versions"],
        edit: Some("/documents"),
    },
    Category {
        label: "data-cat-csv-imports",
        tables: &["csv_imports"],
        edit: Some("/boards"),
    },
    Category {
        label: "data-cat-sessions",
        tables: &["sessions"],
        edit: Some("/settings/sessions"),
    },
    Category {
        label: "data-cat-support",
        tables: &["support_tickets", "support_messages"],
        edit: Some("/settings/support"),
    },
    Category {
        label: "data-cat-exports",
        tables: &["data_exports"],
        edit: Some("/settings/data"),
    },
    Category {
        label: "data-cat-account-history",
        tables: &["auth_events"],
        edit: None,
    },
    Category {
        label: "data-cat-email-links",
        tables: &["auth_tokens"],
        edit: None,
    },
    Category {
        label: "data-cat-emails",
        tables: &["outbox"],
        edit: None,
    },
    Category {
        label: "data-cat-consents",
        tables: &["consents"],
        edit: None,
    },
    Category {
        label: "data-cat-analytics",
        tables: &["analytics_events"],
        edit: None,
    },
    Category {
        label: "data-cat-jobs",
        tables: &["jobs"],
        edit: None,
    },
];

/// The category `table` belongs to.
pub fn category_of(table: &str) -> Option<&'static Category> {
    CATEGORIES.iter().find(|c| c.tables.contains(&table))
}

/// Where an export prepared in the background stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PreparedState {
    Queued,
    Running,
    /// Stored; the emailed link works until `expires_at`.
    Ready,
    /// The link was used and the file deleted.
    Downloaded,
    /// The link was not used in time.
    Expired,
    Failed,
}

/// An export of a large account, prepared by the job worker (P26).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreparedExport {
    pub id: String,
    pub state: PreparedState,
    pub rows_done: i64,
    pub rows_total: i64,
    /// The stored file's size, once ready.
    pub bytes: Option<i64>,
    pub created_at: i64,
    pub expires_at: Option<i64>,
}

impl PreparedExport {
    /// How far the preparation is, 0 to 100.
    pub fn percent(&self) -> i64 {
        match self.state {
            PreparedState::Queued => 0,
            PreparedState::Running if self.rows_total > 0 => {
                (self.rows_done.clamp(0, self.rows_total) * 100) / self.rows_total
            }
            PreparedState::Running | PreparedState::Failed => 0,
            _ => 100,
        }
    }

    /// Whether the page should look again soon.
    pub fn in_progress(&self) -> bool {
        matches!(self.state, PreparedState::Queued | PreparedState::Running)
    }
}

/// Where the emailed link of a prepared export leads (`:id`, `?token=`),
/// and where its page posts to fetch the file.
pub const PREPARED_PAGE: &str = "/settings/data/exports";

/// The form action that downloads prepared export `id`.
pub fn prepared_download_path(id: &str) -> String {
    format!("{PREPARED_PAGE}/{id}/download")
}

/// Where the export is downloaded from and the import uploaded to.
pub const EXPORT_PATH: &str = "/settings/data/export";
pub const IMPORT_PATH: &str = "/settings/data/import";

/// The errors the import form can come back with (`?error=`).
pub const IMPORT_ERRORS: &[&str] = &[
    "error-data-import-no-file",
    "error-data-import-not-export",
    "error-data-import-newer",
    "error-data-import-damaged",
    "error-data-import-not-empty",
    "error-data-import-too-large",
    "error-data-import-too-many-rows",
    "error-data-import-running",
    "error-rate-limited",
];

/// What an import of an export did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataImportReport {
    /// Rows imported, over all tables.
    pub imported: usize,
    /// Rows not imported and why (the first ones, when there are many).
    pub skipped: Vec<DataImportProblem>,
    /// Rows not imported, listed or not.
    pub skipped_count: usize,
}

/// A row of the archive that was not imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataImportProblem {
    /// The table, as the archive's `data/<table>.json` names it.
    pub table: String,
    /// The row's place in its file, from 1.
    pub row: usize,
    /// Why, field by field, as the table's form would say it.
    pub errors: Vec<crate::error::FieldError>,
}

/// The errors the export form can come back with (`?error=`).
pub const EXPORT_ERRORS: &[&str] = &["error-rate-limited", "error-data-export-busy"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_table_has_one_category() {
        let mut seen = std::collections::HashSet::new();
        for category in CATEGORIES {
            for table in category.tables {
                assert!(seen.insert(*table), "{table} is in two categories");
            }
        }
        assert_eq!(category_of("boards").unwrap().label, "data-cat-boards");
        assert!(category_of("no_such_table").is_none());
    }
}
