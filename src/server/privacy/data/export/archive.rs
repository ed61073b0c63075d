//! Writing the export archive as a ZIP stream: each table's rows a page at
//! a time into its own deflated entry, its schema, each board's CSV, then
//! the manifest (last, because it carries the row counts). [`body`] streams
//! it into an HTTP response through `server::pipe`, so memory stays flat
//! however large the account; the background export (`prepared.rs`) writes
//! it into storage instead, telling its [`Progress`] after each page.

use super::repo::rows::{self, Cursor};
use super::tables::Table;
use super::{
    CsvFile, DocumentFile, FORMAT, FORMAT_VERSION, LEFT_OUT, Manifest, PAGE_ROWS, TableFile,
};
use super::{LeftOutTable, schema};
use crate::error::AppError;
use crate::server::boards::{csv_export, repo as boards};
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::storage::Storage;
use crate::server::time::now_ms;
use async_zip::tokio::write::ZipFileWriter;
use async_zip::{Compression, ZipEntryBuilder};
use futures_lite::AsyncWriteExt;
use tokio::io::AsyncWrite;

type Zip<W> = ZipFileWriter<W>;

/// Told, after each page, how many rows the archive holds so far.
pub trait Progress: Send {
    fn rows_written(&mut self, rows: i64) -> impl std::future::Future<Output = ()> + Send;
}

/// No one to tell: a download streamed to the browser.
impl Progress for () {
    async fn rows_written(&mut self, _rows: i64) {}
}

fn zip_failed(err: impl std::fmt::Display) -> AppError {
    tracing::warn!(%err, "writing the export archive failed");
    AppError::internal()
}

fn entry(name: &str) -> ZipEntryBuilder {
    use chrono::{Datelike, Timelike};
    let now = chrono::Utc::now();
    let date = async_zip::ZipDateTimeBuilder::new()
        .year(now.year())
        .month(now.month())
        .day(now.day())
        .hour(now.hour())
        .minute(now.minute())
        .second(now.second())
        .build();
    ZipEntryBuilder::new(name.to_string().into(), Compression::Deflate)
        .unix_permissions(0o644)
        .last_modification_date(date)
}

/// Writes a whole small file.
async fn whole<W: AsyncWrite + Unpin>(
    zip: &mut Zip<W>,
    name: &str,
    bytes: &[u8],
) -> Result<(), AppError> {
    zip.write_entry_whole(entry(name), bytes)
        .await
        .map_err(zip_failed)
}

fn pretty(value: &impl serde::Serialize) -> Result<Vec<u8>, AppError> {
    serde_json::to_vec_pretty(value).map_err(|_| AppError::internal())
}

/// Streams the person's rows of `table` as a JSON array; returns the count.
/// `before` rows were written into earlier files.
async fn table_file<W: AsyncWrite + Unpin>(
    zip: &mut Zip<W>,
    scope: &Scope,
    db: &Db,
    table: &Table,
    before: i64,
    progress: &mut impl Progress,
) -> Result<i64, AppError> {
    let mut out = zip
        .write_entry_stream(entry(&table.data_file()))
        .await
        .map_err(zip_failed)?;
    out.write_all(b"[").await.map_err(zip_failed)?;
    let mut cursor = Cursor::default();
    let mut count = 0i64;
    loop {
        let page = rows::page(scope, db, table, &mut cursor, PAGE_ROWS).await?;
        for record in &page {
            let separator: &[u8] = if count == 0 { b"\n" } else { b",\n" };
            let mut line = separator.to_vec();
            serde_json::to_writer(&mut line, record).map_err(|_| AppError::internal())?;
            out.write_all(&line).await.map_err(zip_failed)?;
            count += 1;
        }
        progress.rows_written(before + count).await;
        if (page.len() as i64) < PAGE_ROWS {
            break;
        }
    }
    out.write_all(b"\n]\n").await.map_err(zip_failed)?;
    out.close().await.map_err(zip_failed)?;
    Ok(count)
}

/// A file name made of a board's name: letters and digits, dashes between.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "board".into() } else { out }
}

/// Each board of the person as `applications/<name>.csv`.
async fn board_files<W: AsyncWrite + Unpin>(
    zip: &mut Zip<W>,
    scope: &Scope,
    db: &Db,
) -> Result<Vec<CsvFile>, AppError> {
    let mut files: Vec<CsvFile> = Vec::new();
    let mut list = boards::boards::list(scope, db).await?;
    list.sort_by(|a, b| a.id.cmp(&b.id));
    for board in list {
        let (name, bytes) = csv_export::board_csv(scope, db, &board.id).await?;
        let stem = slug(&name);
        let mut file = format!("applications/{stem}.csv");
        let mut n = 2;
        while files.iter().any(|f| f.file == file) {
            file = format!("applications/{stem}-{n}.csv");
            n += 1;
        }
        whole(zip, &file, &bytes).await?;
        files.push(CsvFile { board: name, file });
    }
    Ok(files)
}

/// The original file of every document version of the person as
/// `documents/<document id>/<number>-<name>`, opened out of storage on
/// the way through a bounded pipe, so memory stays flat.
async fn document_files<W: AsyncWrite + Unpin>(
    zip: &mut Zip<W>,
    scope: &Scope,
    db: &Db,
    storage: &Storage,
) -> Result<Vec<DocumentFile>, AppError> {
    use tokio::io::AsyncReadExt;
    let mut files = Vec::new();
    for version in crate::server::documents::stored_versions(scope, db).await? {
        let file = format!(
            "documents/{}/{}-{}",
            version.document_id, version.number, version.file_name
        );
        let mut out = zip
            .write_entry_stream(entry(&file))
            .await
            .map_err(zip_failed)?;
        // Each side owns its end of the pipe, so either failing ends the
        // other instead of leaving it waiting.
        let (writer, mut reader) = tokio::io::duplex(crate::server::pipe::PIPE_BYTES);
        let key = version.storage_key.clone();
        let opened = async move {
            let mut writer = writer;
            storage.open(&key, &mut writer).await
        };
        let sink = &mut out;
        let copied = async move {
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = reader.read(&mut buf).await.map_err(zip_failed)?;
                if n == 0 {
                    return Ok::<(), AppError>(());
                }
                sink.write_all(&buf[..n]).await.map_err(zip_failed)?;
            }
        };
        let (opened, copied) = tokio::join!(opened, copied);
        opened?;
        copied?;
        out.close().await.map_err(zip_failed)?;
        files.push(DocumentFile {
            document_id: version.document_id,
            version_id: version.id,
            file,
        });
    }
    Ok(files)
}

/// Writes the whole archive of the signed-in person into `out`: their
/// rows, their boards as CSV and their documents' files (from `storage`).
pub async fn write<W: AsyncWrite + Unpin>(
    scope: &Scope,
    db: &Db,
    storage: &Storage,
    out: W,
    progress: &mut impl Progress,
) -> Result<Manifest, AppError> {
    scope.user()?;
    let schema_version = super::repo::schema_version(scope, db).await?;
    let tables = super::exported_tables(scope, db).await?;
    let mut zip = ZipFileWriter::with_tokio(out);
    let mut files = Vec::new();
    let mut written = 0;
    for table in &tables {
        let rows = table_file(&mut zip, scope, db, table, written, progress).await?;
        written += rows;
        whole(
            &mut zip,
            &table.schema_file(),
            &pretty(&schema::table_schema(table))?,
        )
        .await?;
        files.push(TableFile {
            table: table.name.clone(),
            file: table.data_file(),
            schema: table.schema_file(),
            rows,
            left_out_columns: table.secret.clone(),
        });
    }
    let csv = board_files(&mut zip, scope, db).await?;
    let documents = document_files(&mut zip, scope, db, storage).await?;
    let manifest = Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        schema_version,
        generator: format!("Offerline {}", env!("CARGO_PKG_VERSION")),
        exported_at: now_ms(),
        tables: files,
        csv,
        documents,
        left_out_tables: LEFT_OUT
            .iter()
            .map(|(table, reason)| LeftOutTable {
                table: table.to_string(),
                reason: reason.to_string(),
            })
            .collect(),
    };
    whole(
        &mut zip,
        "schemas/manifest.schema.json",
        &pretty(&schema::manifest_schema())?,
    )
    .await?;
    whole(&mut zip, "manifest.json", &pretty(&manifest)?).await?;
    zip.close().await.map_err(zip_failed)?;
    Ok(manifest)
}

/// The archive as a streamed HTTP body (`server::pipe`).
pub fn body(scope: Scope, db: Db, storage: Storage) -> axum::body::Body {
    crate::server::pipe::body(move |writer| async move {
        write(&scope, &db, &storage, writer, &mut ())
            .await
            .map(|_| ())
    })
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn board_names_become_file_names() {
        assert_eq!(slug("Autumn 2026 search"), "autumn-2026-search");
        assert_eq!(slug("  Été / Zürich!! "), "été-zürich");
        assert_eq!(slug("***"), "board");
    }
}
