//! Bringing an export back (P26) into an account that holds nothing yet.
//!
//! The archive is read from memory (an upload is bounded by the request
//! body limit, each entry by [`MAX_ENTRY_BYTES`]). Its manifest must name
//! this format and a schema no newer than this server's. Every row then
//! gets a new id; every reference column (`<thing>_id`) follows to the new
//! id of the row it named, or becomes empty when that row is not in the
//! archive (a stage deleted long ago); the owner becomes the importing
//! account. Tables go in the order their foreign keys need, in one
//! transaction, so a failed import leaves nothing behind. Which tables come
//! back is decided by the live schema too: every exported table but the
//! [`NOT_IMPORTED`](super::NOT_IMPORTED) ones.

use super::repo::restore::{self, Cell, TableRows};
use super::tables::{Column, Kind, Table};
use super::{
    ACCOUNT_FIELDS, FORMAT, FORMAT_VERSION, IMPORTS_PER_DAY, Manifest, NOT_IMPORTED, OWNER,
};
use crate::error::AppError;
use crate::server::ratelimit;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use async_zip::base::read1::ZipOptions;
use async_zip::base::read1::seek::ZipArchiveReader;
use async_zip::error::ZipError;
use futures_lite::AsyncReadExt;
use futures_lite::io::Cursor;
use serde_json::{Map, Value};
use std::collections::{BTreeSet, HashMap};

/// The most one file of an archive may unpack to.
pub const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;

fn refused(key: &str) -> AppError {
    AppError::field("file", key)
}

fn damaged() -> AppError {
    refused("error-data-import-damaged")
}

/// An uploaded archive, read with every check of the ZIP reader for
/// untrusted input on, and each file bounded to [`MAX_ENTRY_BYTES`].
struct Archive(ZipArchiveReader<Cursor<Vec<u8>>>);

impl Archive {
    async fn open(bytes: Vec<u8>) -> Result<Archive, AppError> {
        let options = ZipOptions {
            max_uncompressed_size_per_file: MAX_ENTRY_BYTES,
            ..ZipOptions::untrusted()
        };
        ZipArchiveReader::open_with_options(Cursor::new(bytes), options)
            .await
            .map(Archive)
            .map_err(|_| refused("error-data-import-not-export"))
    }

    /// The bytes of the file `name`, `None` when the archive lacks it.
    async fn file(&mut self, name: &str) -> Result<Option<Vec<u8>>, AppError> {
        let Some(index) = self
            .0
            .inner()
            .find(name.as_bytes())
            .map_err(|_| damaged())?
            .next()
        else {
            return Ok(None);
        };
        let mut reader = self.0.file(index).await.map_err(|err| match err {
            ZipError::UncompressedSizeAboveMax(_) => refused("error-data-import-too-large"),
            _ => damaged(),
        })?;
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .await
            .map_err(|_| damaged())?;
        Ok(Some(bytes))
    }

    async fn rows(&mut self, name: &str) -> Result<Vec<Map<String, Value>>, AppError> {
        let bytes = self.file(name).await?.ok_or_else(damaged)?;
        serde_json::from_slice(&bytes).map_err(|_| damaged())
    }
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

/// A JSON value as a value of `column`.
fn cell(column: &Column, value: &Value) -> Result<Cell, AppError> {
    let wrong = || damaged();
    Ok(match (&column.kind, value) {
        (Kind::Integer, Value::Null) => Cell::Int(None),
        (Kind::Integer, v) => Cell::Int(Some(v.as_i64().ok_or_else(wrong)?)),
        (Kind::Real, Value::Null) => Cell::Real(None),
        (Kind::Real, v) => Cell::Real(Some(v.as_f64().ok_or_else(wrong)?)),
        (Kind::Boolean, Value::Null) => Cell::Bool(None),
        (Kind::Boolean, v) => Cell::Bool(Some(v.as_bool().ok_or_else(wrong)?)),
        (Kind::Text | Kind::Other(_), Value::Null) => Cell::Text(None),
        (Kind::Text | Kind::Other(_), v) => Cell::Text(Some(v.as_str().ok_or_else(wrong)?.into())),
    })
}

/// A row of the archive as a row of the importing account: a new id, the
/// new owner, references remapped through `ids` (old id to new id).
pub fn remap(
    table: &Table,
    row: &Map<String, Value>,
    owner: &str,
    ids: &HashMap<String, String>,
) -> Result<Vec<(String, Cell)>, AppError> {
    let mut out = Vec::new();
    for column in &table.columns {
        let value = if column.name == OWNER {
            Cell::Text(Some(owner.to_string()))
        } else if column.name == "id" && table.has_id() {
            let old = row.get("id").and_then(Value::as_str).ok_or_else(damaged)?;
            Cell::Text(Some(ids.get(old).ok_or_else(damaged)?.clone()))
        } else if let Some(value) = row.get(&column.name) {
            if column.is_reference() && !value.is_null() {
                let old = value.as_str().ok_or_else(damaged)?;
                match ids.get(old) {
                    Some(new) => Cell::Text(Some(new.clone())),
                    None if column.nullable => Cell::Text(None),
                    None => return Err(damaged()),
                }
            } else {
                cell(column, value)?
            }
        } else {
            // Written before the column existed: its default applies.
            continue;
        };
        out.push((column.name.clone(), value));
    }
    Ok(out)
}

/// Imports the archive `bytes` into the signed-in person's account.
pub async fn run(state: &AppState, scope: &Scope, bytes: Vec<u8>) -> Result<(), AppError> {
    let user = scope.user()?;
    let db = &state.db;
    ratelimit::hit(state, &IMPORTS_PER_DAY, &user.user_id, now_ms()).await?;
    let mut archive = Archive::open(bytes).await?;
    let manifest: Manifest = archive
        .file("manifest.json")
        .await?
        .and_then(|b| serde_json::from_slice(&b).ok())
        .filter(|m: &Manifest| m.format == FORMAT)
        .ok_or_else(|| refused("error-data-import-not-export"))?;
    if manifest.format_version > FORMAT_VERSION
        || manifest.schema_version > super::repo::schema_version(scope, db).await?
    {
        return Err(refused("error-data-import-newer"));
    }
    let live = super::exported_tables(scope, db).await?;
    let foreign_keys = super::repo::foreign_keys(scope, db).await?;
    let order = import_order(&live, &foreign_keys);
    if restore::holds_rows(scope, db, &order).await? {
        return Err(refused("error-data-import-not-empty"));
    }
    // Read every file first and give every row its new id, so references
    // resolve whatever order the tables come in.
    let mut files = Vec::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    for table in order {
        let Some(file) = manifest.tables.iter().find(|f| f.table == table.name) else {
            continue;
        };
        let rows = archive.rows(&file.file).await?;
        if table.has_id() {
            for row in &rows {
                let old = row.get("id").and_then(Value::as_str).ok_or_else(damaged)?;
                ids.insert(old.to_string(), uuid::Uuid::now_v7().to_string());
            }
        }
        files.push((table, rows));
    }
    let mut tables = Vec::new();
    for (table, rows) in &files {
        let rows = rows
            .iter()
            .map(|row| remap(table, row, &user.user_id, &ids))
            .collect::<Result<Vec<_>, _>>()?;
        tables.push(TableRows { table, rows });
    }
    let account = account_fields(&mut archive, &manifest, &live).await?;
    match restore::restore(scope, db, account, tables, now_ms()).await {
        Err(AppError::Conflict(_)) => Err(refused("error-data-import-not-empty")),
        Err(AppError::Internal { .. }) => Err(damaged()),
        other => other,
    }
}

/// The account's own fields from `data/users.json` that are restored.
async fn account_fields(
    archive: &mut Archive,
    manifest: &Manifest,
    live: &[Table],
) -> Result<Vec<(String, Cell)>, AppError> {
    let (Some(users), Some(file)) = (
        live.iter().find(|t| t.name == "users"),
        manifest.tables.iter().find(|f| f.table == "users"),
    ) else {
        return Ok(Vec::new());
    };
    let rows = archive.rows(&file.file).await?;
    let Some(row) = rows.first() else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for name in ACCOUNT_FIELDS {
        if let (Some(column), Some(value)) = (users.column(name), row.get(*name))
            && !value.is_null()
        {
            let valid = match (*name, value.as_str()) {
                ("name", Some(v)) => crate::server::auth::validate::name(v).is_ok(),
                ("locale", Some(v)) => crate::i18n::Locale::from_tag(v).is_some(),
                _ => true,
            };
            if !valid {
                return Err(damaged());
            }
            out.push((name.to_string(), cell(column, value)?));
        }
    }
    Ok(out)
}
