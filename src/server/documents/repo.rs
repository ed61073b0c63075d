//! All SQL of documents and their versions. Every query names the owner,
//! so another person's document or version is simply not found.

use crate::error::AppError;
use crate::server::db::{Db, one_row};
use crate::server::scope::Scope;
use crate::server::work::Work;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DocumentRow {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub language: String,
    /// A JSON array of texts.
    pub tags: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A document in the list: its row, its number of versions and the newest
/// version's file name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SummaryRow {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub language: String,
    pub tags: String,
    pub updated_at: i64,
    pub versions: i64,
    pub file_name: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VersionRow {
    pub id: String,
    pub document_id: String,
    pub number: i64,
    pub label: String,
    pub storage_key: String,
    pub size_bytes: i64,
    pub sealed_bytes: i64,
    pub media_type: String,
    pub file_name: String,
    pub sha256: String,
    pub created_at: i64,
}

const VERSION_COLUMNS: &str = "id, document_id, number, label, storage_key, size_bytes, \
     sealed_bytes, media_type, file_name, sha256, created_at";

/// The person's documents, most recently changed first.
pub async fn list(scope: &Scope, db: &Db) -> Result<Vec<SummaryRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(
        "SELECT d.id, d.kind, d.title, d.language, d.tags, d.updated_at, \
         (SELECT COUNT(*) FROM document_versions v WHERE v.document_id = d.id) AS versions, \
         (SELECT v.file_name FROM document_versions v WHERE v.document_id = d.id \
          ORDER BY v.number DESC LIMIT 1) AS file_name \
         FROM documents d WHERE d.user_id = $1 ORDER BY d.updated_at DESC, d.id DESC",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}

pub async fn find(scope: &Scope, db: &Db, id: &str) -> Result<DocumentRow, AppError> {
    let user_id = scope.user_id()?;
    sqlx::query_as(
        "SELECT id, kind, title, language, tags, created_at, updated_at FROM documents \
         WHERE id = $1 AND user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// The versions of one of the person's documents, newest first.
pub async fn versions(
    scope: &Scope,
    db: &Db,
    document_id: &str,
) -> Result<Vec<VersionRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(&format!(
        "SELECT {VERSION_COLUMNS} FROM document_versions \
         WHERE document_id = $1 AND user_id = $2 ORDER BY number DESC"
    ))
    .bind(document_id)
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}

/// One version of one of the person's documents.
pub async fn version(
    scope: &Scope,
    db: &Db,
    document_id: &str,
    id: &str,
) -> Result<VersionRow, AppError> {
    let user_id = scope.user_id()?;
    sqlx::query_as(&format!(
        "SELECT {VERSION_COLUMNS} FROM document_versions \
         WHERE id = $1 AND document_id = $2 AND user_id = $3"
    ))
    .bind(id)
    .bind(document_id)
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// The bytes of every file the person has stored, as uploaded.
pub async fn used_bytes(scope: &Scope, db: &Db) -> Result<i64, AppError> {
    let user_id = scope.user_id()?;
    let (used,): (i64,) = sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(size_bytes), 0) AS BIGINT) FROM document_versions \
         WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(used)
}

/// Inserts a new document inside the caller's unit of work.
pub async fn insert(work: &mut Work<'_>, row: &DocumentRow) -> Result<(), AppError> {
    let user_id = work.user_id()?;
    sqlx::query(
        "INSERT INTO documents (id, user_id, kind, title, language, tags, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&row.id)
    .bind(user_id)
    .bind(&row.kind)
    .bind(&row.title)
    .bind(&row.language)
    .bind(&row.tags)
    .bind(row.created_at)
    .bind(row.updated_at)
    .execute(work.conn())
    .await?;
    Ok(())
}

/// Adds a version to one of the person's documents inside the caller's
/// unit of work, numbered after the newest, and marks the document
/// changed. Answers the version's number.
pub async fn insert_version(work: &mut Work<'_>, row: &VersionRow) -> Result<i64, AppError> {
    let user_id = work.user_id()?;
    // Writing the document first takes its lock (PostgreSQL) or the write
    // lock (SQLite), so two uploads to one document take numbers in turn.
    one_row(
        sqlx::query("UPDATE documents SET updated_at = $3 WHERE id = $1 AND user_id = $2")
            .bind(&row.document_id)
            .bind(user_id)
            .bind(row.created_at)
            .execute(work.conn())
            .await?,
    )?;
    let (number,): (i64,) = sqlx::query_as(
        "SELECT CAST(COALESCE(MAX(number), 0) + 1 AS BIGINT) FROM document_versions \
         WHERE document_id = $1",
    )
    .bind(&row.document_id)
    .fetch_one(work.conn())
    .await?;
    sqlx::query(
        "INSERT INTO document_versions (id, document_id, user_id, number, label, storage_key, \
         size_bytes, sealed_bytes, media_type, file_name, sha256, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(&row.id)
    .bind(&row.document_id)
    .bind(user_id)
    .bind(number)
    .bind(&row.label)
    .bind(&row.storage_key)
    .bind(row.size_bytes)
    .bind(row.sealed_bytes)
    .bind(&row.media_type)
    .bind(&row.file_name)
    .bind(&row.sha256)
    .bind(row.created_at)
    .execute(work.conn())
    .await?;
    Ok(number)
}

/// Writes a document's details.
pub async fn update(scope: &Scope, db: &Db, row: &DocumentRow) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    one_row(
        sqlx::query(
            "UPDATE documents SET kind = $3, title = $4, language = $5, tags = $6, \
             updated_at = $7 WHERE id = $1 AND user_id = $2",
        )
        .bind(&row.id)
        .bind(user_id)
        .bind(&row.kind)
        .bind(&row.title)
        .bind(&row.language)
        .bind(&row.tags)
        .bind(row.updated_at)
        .execute(&db.pool)
        .await?,
    )
}

/// Deletes one of the person's documents; its versions go with it.
pub async fn delete(scope: &Scope, db: &Db, id: &str) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    one_row(
        sqlx::query("DELETE FROM documents WHERE id = $1 AND user_id = $2")
            .bind(id)
            .bind(user_id)
            .execute(&db.pool)
            .await?,
    )
}

/// Deletes one version of one of the person's documents.
pub async fn delete_version(
    scope: &Scope,
    db: &Db,
    document_id: &str,
    id: &str,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    one_row(
        sqlx::query(
            "DELETE FROM document_versions WHERE id = $1 AND document_id = $2 AND user_id = $3",
        )
        .bind(id)
        .bind(document_id)
        .bind(user_id)
        .execute(&db.pool)
        .await?,
    )
}

/// Every version of the person's, oldest first, for the export.
pub async fn all_versions(scope: &Scope, db: &Db) -> Result<Vec<VersionRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(&format!(
        "SELECT {VERSION_COLUMNS} FROM document_versions WHERE user_id = $1 \
         ORDER BY document_id, number"
    ))
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}
