//! Bringing an export back (P26) into an account that holds nothing yet.
//!
//! The archive is untrusted input, read on a blocking thread with limits
//! on what it unpacks to (`archive.rs`). Its manifest must name this
//! format and a schema no newer than this server's. Tables are then read
//! one at a time, parents before children, a row at a time: each row is
//! checked by the rules of its form (`rules.rs`), gets a new id, and its
//! references follow the new ids of the rows they named (`rows.rs`). A row
//! that breaks a rule is reported and left out; the others go on.
//!
//! Rows reach the database in batches of [`BATCH_ROWS`], each its own
//! short transaction, so other people's writes never wait long for an
//! import (SQLite has one writer at a time). The account is claimed while
//! its import runs, so two imports cannot both write; an import that fails
//! half-way deletes what it inserted. The account's own fields and its
//! profile are written last, together. Which tables come back is decided
//! by the live schema: every exported table but the
//! [`NOT_IMPORTED`](super::NOT_IMPORTED) ones.

pub mod archive;
pub mod rows;
pub mod rules;

use super::repo::restore::{self, Cell, Cells, TableRows};
use super::tables::Table;
use super::{ACCOUNT_FIELDS, FORMAT, FORMAT_VERSION, IMPORTS_PER_DAY, Manifest, NOT_IMPORTED};
use crate::error::{AppError, FieldError};
use crate::model::data::{DataImportProblem, DataImportReport};
use crate::server::id::new_id;
use crate::server::ratelimit;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use archive::{Archive, Row};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::fs::File;
use tokio::sync::mpsc;

/// Rows written per transaction.
pub const BATCH_ROWS: usize = 500;
/// The most rows one table of an archive may hold: far more than anyone's
/// job search, few enough to bound an import's work.
pub const MAX_ROWS: usize = 50_000;
/// Problems listed in a report; the rest are counted.
pub const REPORTED: usize = 200;
/// After this long a claim on an account is taken to be left over from a
/// server that stopped mid-import.
const STALE_MS: i64 = 60 * 60 * 1000;

fn refused(key: &str) -> AppError {
    AppError::field("file", key)
}

fn damaged() -> AppError {
    refused("error-data-import-damaged")
}

/// The tables to restore, parents before children.
pub fn import_order<'a>(tables: &'a [Table], foreign_keys: &[(String, String)]) -> Vec<&'a Table> {
    let mut left: Vec<&Table> = tables
        .iter()
        .filter(|t| !NOT_IMPORTED.iter().any(|(name, _)| *name == t.name))
        .collect();
    left.sort_by(|a, b| a.name.cmp(&b.name));
    let mut done: BTreeSet<&str> = BTreeSet::new();
    let mut order = Vec::new();
    while !left.is_empty() {
        let ready = left.iter().position(|t| {
            foreign_keys.iter().all(|(child, parent)| {
                child != &t.name
                    || parent == &t.name
                    || done.contains(parent.as_str())
                    || !left.iter().any(|o| &o.name == parent)
            })
        });
        // A cycle of foreign keys (none today) is taken in name order.
        let table = left.remove(ready.unwrap_or(0));
        done.insert(&table.name);
        order.push(table);
    }
    order
}

/// Runs `work` on a blocking thread.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| AppError::internal())?
}

/// Imports the archive in `upload` into the signed-in person's account;
/// answers what was imported and what was not.
pub async fn run(
    state: &AppState,
    scope: &Scope,
    upload: File,
) -> Result<DataImportReport, AppError> {
    let user = scope.user()?;
    let db = &state.db;
    ratelimit::hit(state, &IMPORTS_PER_DAY, &user.user_id, now_ms()).await?;
    let (archive, manifest) = blocking(move || {
        let mut archive = Archive::open(upload)?;
        let manifest = archive
            .json::<Manifest>("manifest.json")?
            .filter(|m| m.format == FORMAT)
            .ok_or_else(|| refused("error-data-import-not-export"))?;
        Ok((archive, manifest))
    })
    .await?;
    if manifest.format_version > FORMAT_VERSION
        || manifest.schema_version > super::repo::schema_version(scope, db).await?
    {
        return Err(refused("error-data-import-newer"));
    }
    let live = super::exported_tables(scope, db).await?;
    let foreign_keys = super::repo::foreign_keys(scope, db).await?;
    let order: Vec<Table> = import_order(&live, &foreign_keys)
        .into_iter()
        .cloned()
        .collect();
    if restore::holds_rows(scope, db, &order.iter().collect::<Vec<_>>()).await? {
        return Err(refused("error-data-import-not-empty"));
    }
    if !restore::claim(scope, db, now_ms(), STALE_MS).await? {
        return Err(refused("error-data-import-running"));
    }
    let plan = Plan {
        files: order.iter().map(|t| file_of(&manifest, &t.name)).collect(),
        users: live.iter().find(|t| t.name == "users").cloned(),
        users_file: file_of(&manifest, "users"),
        tables: order,
        owner: user.user_id.clone(),
    };
    let outcome = write(state, scope, archive, plan).await;
    restore::release(scope, db).await?;
    outcome
}

fn file_of(manifest: &Manifest, table: &str) -> Option<String> {
    manifest
        .tables
        .iter()
        .find(|f| f.table == table)
        .map(|f| f.file.clone())
}

/// What to read: the tables in order, each with its file in the archive.
struct Plan {
    tables: Vec<Table>,
    files: Vec<Option<String>>,
    users: Option<Table>,
    users_file: Option<String>,
    owner: String,
}

/// Rows of `plan.tables[table]`, checked and remapped, with their new ids.
struct Batch {
    table: usize,
    rows: Vec<Cells>,
    ids: Vec<String>,
}

/// What is left to write once every table was read.
struct Read {
    /// Rows of the tables of one row per person, by table.
    single: Vec<(usize, Vec<Cells>)>,
    account: Cells,
    report: DataImportReport,
}

/// Reads the archive on a blocking thread while this task writes what it
/// reads; undoes everything when either fails.
async fn write(
    state: &AppState,
    scope: &Scope,
    archive: Archive,
    plan: Plan,
) -> Result<DataImportReport, AppError> {
    let db = &state.db;
    let tables = plan.tables.clone();
    let (sender, mut batches) = mpsc::channel::<Batch>(2);
    let reader = tokio::task::spawn_blocking(move || read(archive, plan, sender));
    let mut inserted: Vec<(usize, Vec<String>)> = Vec::new();
    let mut failed = None;
    while let Some(batch) = batches.recv().await {
        if let Err(error) = restore::insert(db, &tables[batch.table], batch.rows).await {
            failed = Some(error);
            break;
        }
        match inserted.last_mut() {
            Some((table, ids)) if *table == batch.table => ids.extend(batch.ids),
            _ => inserted.push((batch.table, batch.ids)),
        }
    }
    drop(batches);
    let read = reader.await.map_err(|_| AppError::internal());
    let outcome = match (failed, read) {
        (Some(error), _) | (None, Err(error)) | (None, Ok(Err(error))) => Err(error),
        (None, Ok(Ok(read))) => {
            let single = read
                .single
                .into_iter()
                .map(|(i, rows)| TableRows {
                    table: &tables[i],
                    rows,
                })
                .collect();
            restore::finish(scope, db, read.account, single, now_ms())
                .await
                .map(|()| read.report)
        }
    };
    if outcome.is_err() {
        let inserted: Vec<(&Table, Vec<String>)> = inserted
            .into_iter()
            .map(|(i, ids)| (&tables[i], ids))
            .collect();
        restore::undo(scope, db, &inserted).await?;
    }
    outcome.map_err(|error| match error {
        AppError::Internal { .. } => damaged(),
        other => other,
    })
}

/// Reads every table of `plan` from the archive, sending its good rows
/// on in batches.
fn read(mut archive: Archive, plan: Plan, sender: mpsc::Sender<Batch>) -> Result<Read, AppError> {
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut rules = rules::Rules::default();
    let mut single = Vec::new();
    let mut report = DataImportReport::default();
    for (index, table) in plan.tables.iter().enumerate() {
        let Some(file) = &plan.files[index] else {
            continue;
        };
        let mut batch = Batch {
            table: index,
            rows: Vec::new(),
            ids: Vec::new(),
        };
        let mut one_row = Vec::new();
        let mut line = 0;
        let found = archive.rows(file, |mut row| {
            line += 1;
            if line > MAX_ROWS {
                return Err(refused("error-data-import-too-many-rows"));
            }
            let id = table.has_id().then(new_id);
            let taken = rules.check(&table.name, &mut row).and_then(|()| {
                check_id(table, &row, &ids)?;
                if !table.has_id() && !one_row.is_empty() {
                    return Err(vec![FieldError::new("", rules::DUPLICATE)]);
                }
                rows::remap(table, &row, id.as_deref(), &plan.owner, &ids)
            });
            let cells = match taken {
                Ok(cells) => cells,
                Err(errors) => {
                    skip(&mut report, table, line, errors);
                    return Ok(());
                }
            };
            rules.taken(&table.name, &row);
            report.imported += 1;
            let Some(id) = id else {
                one_row.push(cells);
                return Ok(());
            };
            if let Some(old) = row.get("id").and_then(Value::as_str) {
                ids.insert(old.to_string(), id.clone());
            }
            batch.ids.push(id);
            batch.rows.push(cells);
            if batch.rows.len() == BATCH_ROWS {
                let full = Batch {
                    table: index,
                    rows: std::mem::take(&mut batch.rows),
                    ids: std::mem::take(&mut batch.ids),
                };
                sender.blocking_send(full).map_err(|_| damaged())?;
            }
            Ok(())
        })?;
        if !found {
            return Err(damaged());
        }
        if !batch.rows.is_empty() {
            sender.blocking_send(batch).map_err(|_| damaged())?;
        }
        if !one_row.is_empty() {
            single.push((index, one_row));
        }
    }
    let account = match (&plan.users, &plan.users_file) {
        (Some(_), Some(file)) => account_fields(&mut archive, file)?,
        _ => Vec::new(),
    };
    Ok(Read {
        single,
        account,
        report,
    })
}

/// A row of a table with ids must name its own, once.
fn check_id(
    table: &Table,
    row: &Row,
    ids: &HashMap<String, String>,
) -> Result<(), Vec<FieldError>> {
    if !table.has_id() {
        return Ok(());
    }
    match row.get("id").and_then(Value::as_str) {
        Some(old) if !ids.contains_key(old) => Ok(()),
        Some(_) => Err(vec![FieldError::new("id", rules::DUPLICATE)]),
        None => Err(vec![FieldError::new("id", rows::WRONG_VALUE)]),
    }
}

/// Notes that row `line` of `table` was not imported, and why.
fn skip(report: &mut DataImportReport, table: &Table, line: usize, errors: Vec<FieldError>) {
    report.skipped_count += 1;
    if report.skipped.len() < REPORTED {
        report.skipped.push(DataImportProblem {
            table: table.name.clone(),
            row: line,
            errors,
        });
    }
}

/// The account's own fields from the first row of `file` that are
/// restored, each checked as the account form checks it.
fn account_fields(archive: &mut Archive, file: &str) -> Result<Cells, AppError> {
    let mut first: Option<Row> = None;
    archive.rows(file, |row| {
        first.get_or_insert(row);
        Ok(())
    })?;
    let Some(row) = first else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for name in ACCOUNT_FIELDS {
        let Some(value) = row.get(*name).filter(|v| !v.is_null()) else {
            continue;
        };
        let valid = match (*name, value.as_str()) {
            ("name", Some(v)) => crate::server::auth::validate::name(v).is_ok(),
            ("locale", Some(v)) => crate::i18n::Locale::from_tag(v).is_some(),
            _ => false,
        };
        if !valid {
            return Err(damaged());
        }
        out.push((
            name.to_string(),
            Cell::Text(value.as_str().map(str::to_string)),
        ));
    }
    Ok(out)
}
