//! A copy of everything Offerline holds about a person (P23), in a
//! structured archive they can take elsewhere or bring back (P26).
//!
//! The export is generic over the live schema: every table with a
//! `user_id` (and `users` itself) is listed from the database's own
//! catalogue, and each of the person's rows goes into `data/<table>.json`
//! with the columns the allow-list names (`classified.rs`). A table or
//! column added by a later migration stays out until it is listed there,
//! and a test fails until it is classified, exported or left out on
//! purpose: the [`LEFT_OUT`] tables, secret columns (password and token
//! hashes: any `*_hash`) and the [`LEFT_OUT_COLUMNS`] (the bodies of
//! emails).
//! Next to each file is its JSON Schema, made from the column types
//! (`schema.rs`); `manifest.json` names the files, their row counts and the
//! schema version; `applications/` holds each board as the CSV that the
//! board import reads (`boards::csv_export`), and `documents/` the
//! original file of every document version, opened out of storage.
//!
//! The archive is streamed (`archive.rs`): rows are read a page at a time
//! and written through a bounded pipe into the response, so memory does
//! not grow with the account. A large account's archive is prepared by
//! the job worker instead and handed over through an emailed link
//! (`prepared.rs`).
//!
//! The import (`import/`) takes such an archive into an account that
//! holds nothing yet, as untrusted input: bounded in what it unpacks to,
//! read a row at a time off the async workers, each row checked by the
//! rules of its form, given a new id with its references following, and
//! written in short batches in the order the foreign keys need. Exports
//! and imports are rate-limited per account.

pub mod archive;
pub mod classified;
pub mod import;
pub mod prepared;
pub mod repo;
pub mod schema;
pub mod tables;

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::ratelimit::Limit;
use crate::server::scope::Scope;
use serde::{Deserialize, Serialize};
use tables::Table;

/// The archive's format, and the version of its layout.
pub const FORMAT: &str = "offerline-export";
pub const FORMAT_VERSION: i64 = 1;

/// The column that names a row's owner.
pub const OWNER: &str = "user_id";

/// Columns that are never exported, besides every `*_hash`.
pub const SECRET_COLUMNS: &[&str] = &["password_hash", "token_hash"];

/// Columns of one table that stay out of the export though they are not
/// secrets of the account, and why: (table, column, reason).
pub const LEFT_OUT_COLUMNS: &[(&str, &str, &str)] = &[
    (
        "outbox",
        "text_body",
        "a message's text is kept only until it is sent, sealed, because it may hold a link that acts on the account; the export lists which messages were sent, when and about what",
    ),
    ("outbox", "html_body", "the same message as HTML"),
];

/// Tables with a `user_id` that are deliberately not exported, and why.
pub const LEFT_OUT: &[(&str, &str)] = &[(
    "jobs",
    "the server's queue of work to do (send this email, run this import); \
     its rows are instructions, not data about the person, they are deleted \
     a week after they ran, and what they did is in the other files",
)];

/// Exported tables that an import does not bring back, and why. Every
/// other exported table is restored.
pub const NOT_IMPORTED: &[(&str, &str)] = &[
    (
        "users",
        "the new account keeps its own email, password and settings; its name and language are restored",
    ),
    (
        "sessions",
        "sign-ins belong to the account they happened in",
    ),
    (
        "auth_tokens",
        "email links work only for the account they were sent for",
    ),
    ("auth_events", "the security history of the old account"),
    ("outbox", "messages that were already sent"),
    (
        "data_exports",
        "archives prepared for download from the old account",
    ),
    (
        "consents",
        "a consent is given to this account, under the policy shown at the time",
    ),
    (
        "analytics_events",
        "usage is recorded only with this account's own consent",
    ),
    (
        "csv_imports",
        "uploaded files are kept only for a day, until they are imported",
    ),
    (
        "support_tickets",
        "a conversation with the support staff of the server it was held on",
    ),
    (
        "support_messages",
        "a conversation with the support staff of the server it was held on",
    ),
    (
        "documents",
        "not yet: the files of every version are in the archive's documents/ folder, to keep or upload again",
    ),
    (
        "document_versions",
        "not yet: the files of every version are in the archive's documents/ folder, to keep or upload again",
    ),
];

/// The fields of the account itself that an import restores.
pub const ACCOUNT_FIELDS: &[&str] = &["name", "locale"];

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Exports one account may download per day.
pub const EXPORTS_PER_DAY: Limit = Limit {
    name: "data-export",
    max: 5,
    window_ms: DAY_MS,
};

/// Imports one account may run per day.
pub const IMPORTS_PER_DAY: Limit = Limit {
    name: "data-import",
    max: 5,
    window_ms: DAY_MS,
};

/// Rows read per query while writing an archive.
pub const PAGE_ROWS: i64 = 500;

/// One table's file in the archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableFile {
    pub table: String,
    pub file: String,
    pub schema: String,
    pub rows: i64,
    /// Secret columns of the table that were left out.
    pub left_out_columns: Vec<String>,
}

/// The file of one document version, under `documents/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentFile {
    pub document_id: String,
    pub version_id: String,
    pub file: String,
}

/// One board's CSV file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsvFile {
    pub board: String,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOutTable {
    pub table: String,
    pub reason: String,
}

/// `manifest.json`: what the archive holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: i64,
    /// The newest database migration of the server that wrote it.
    pub schema_version: i64,
    pub generator: String,
    pub exported_at: i64,
    pub tables: Vec<TableFile>,
    pub csv: Vec<CsvFile>,
    /// The original file of every document version (P04); absent from
    /// archives made before documents existed.
    #[serde(default)]
    pub documents: Vec<DocumentFile>,
    pub left_out_tables: Vec<LeftOutTable>,
}

/// The tables an export writes: every personal table of the live schema
/// but the [`LEFT_OUT`] ones.
pub async fn exported_tables(scope: &Scope, db: &Db) -> Result<Vec<Table>, AppError> {
    Ok(repo::personal_tables(scope, db)
        .await?
        .into_iter()
        .filter(|t| !LEFT_OUT.iter().any(|(name, _)| *name == t.name))
        .collect())
}
