//! Documents (P04): a person's resumes, cover letters and other files. A
//! document has a kind, a title, a language and tags, and versions; each
//! version is one uploaded file, immutable once stored. Files are received
//! into a temporary file and typed by their bytes (`files.rs`), then
//! stored sealed with the document key (P19) under
//! `users/<id>/documents/<document>/<version>`, where erasure finds them
//! with the rest of the account's files. Uploads are bounded per file
//! (`OFFERLINE_MAX_UPLOAD_MB`) and per person (`OFFERLINE_USER_QUOTA_MB`).
//! A database row is written only once its file is stored, and a file is
//! deleted once its row is gone, so a row never names a missing file. SQL
//! in `repo.rs`.

pub mod files;
pub mod repo;

use crate::error::AppError;
use crate::model::document::{
    DOCUMENT_KINDS, DOCUMENT_LANGUAGES, Document, DocumentList, DocumentSummary, DocumentVersion,
    StorageUsage,
};
use crate::server::id::new_id;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::storage::user_prefix;
use crate::server::time::now_ms;
use crate::server::validation::{self as v, FieldErrors};
use crate::server::work::Work;
use files::Received;
use repo::{DocumentRow, VersionRow};

/// A document's details as the forms send them; tags separated by commas.
#[derive(Debug, Clone, Default)]
pub struct DocumentForm {
    pub kind: String,
    pub title: String,
    pub language: String,
    pub tags: String,
}

/// The details checked: trimmed, tags as a list. Every field at once.
fn check(form: &DocumentForm) -> Result<(DocumentForm, Vec<String>), AppError> {
    let form = DocumentForm {
        kind: form.kind.trim().to_string(),
        title: form.title.trim().to_string(),
        language: form.language.trim().to_string(),
        tags: form.tags.clone(),
    };
    let mut errors = FieldErrors::default();
    if !DOCUMENT_KINDS.contains(&form.kind.as_str()) {
        errors.add("kind", "error-document-kind");
    }
    errors.check("title", v::text(&form.title, true));
    if !DOCUMENT_LANGUAGES.contains(&form.language.as_str()) {
        errors.add("language", "error-document-language");
    }
    let tags = errors.check("tags", v::list(&form.tags));
    errors.finish()?;
    Ok((form, tags.unwrap_or_default()))
}

/// A version's label ("Mollie, backend"), trimmed; may be empty.
fn check_label(label: &str) -> Result<String, AppError> {
    let label = label.trim().to_string();
    let mut errors = FieldErrors::default();
    errors.check("label", v::text(&label, false));
    errors.finish()?;
    Ok(label)
}

fn tags_of(stored: &str) -> Vec<String> {
    serde_json::from_str(stored).unwrap_or_default()
}

fn tags_json(tags: &[String]) -> String {
    serde_json::to_string(tags).unwrap_or_else(|_| "[]".into())
}

/// Where a version's file is stored.
pub fn storage_key(user_id: &str, document_id: &str, version_id: &str) -> String {
    format!(
        "{}documents/{document_id}/{version_id}",
        user_prefix(user_id)
    )
}

/// The person's room in storage.
pub async fn usage(state: &AppState, scope: &Scope) -> Result<StorageUsage, AppError> {
    Ok(StorageUsage {
        used_bytes: repo::used_bytes(scope, &state.db).await?,
        quota_bytes: state.config.user_quota_bytes as i64,
        max_upload_bytes: state.config.max_upload_bytes as i64,
    })
}

/// The person's documents whose title or tags hold `q` (any case) and,
/// when given, that carry `tag`.
pub async fn list(
    state: &AppState,
    scope: &Scope,
    q: &str,
    tag: &str,
) -> Result<DocumentList, AppError> {
    let rows = repo::list(scope, &state.db).await?;
    let any = !rows.is_empty();
    let (q, tag) = (q.trim().to_lowercase(), tag.trim().to_lowercase());
    let documents = rows
        .into_iter()
        .map(|r| DocumentSummary {
            tags: tags_of(&r.tags),
            id: r.id,
            kind: r.kind,
            title: r.title,
            language: r.language,
            versions: r.versions,
            file_name: r.file_name,
            updated_at: r.updated_at,
        })
        .filter(|d| {
            let text = q.is_empty()
                || d.title.to_lowercase().contains(&q)
                || d.tags.iter().any(|t| t.to_lowercase().contains(&q));
            text && (tag.is_empty() || d.tags.iter().any(|t| t.to_lowercase() == tag))
        })
        .collect();
    Ok(DocumentList {
        documents,
        any,
        usage: usage(state, scope).await?,
    })
}

pub async fn get(state: &AppState, scope: &Scope, id: &str) -> Result<Document, AppError> {
    let d = repo::find(scope, &state.db, id).await?;
    let versions = repo::versions(scope, &state.db, id).await?;
    Ok(Document {
        tags: tags_of(&d.tags),
        id: d.id,
        kind: d.kind,
        title: d.title,
        language: d.language,
        created_at: d.created_at,
        updated_at: d.updated_at,
        versions: versions
            .into_iter()
            .map(|r| DocumentVersion {
                id: r.id,
                number: r.number,
                label: r.label,
                file_name: r.file_name,
                media_type: r.media_type,
                size_bytes: r.size_bytes,
                sha256: r.sha256,
                created_at: r.created_at,
            })
            .collect(),
        usage: usage(state, scope).await?,
    })
}

/// Corrects a document's details (P24).
pub async fn update(
    state: &AppState,
    scope: &Scope,
    id: &str,
    form: &DocumentForm,
) -> Result<(), AppError> {
    let (form, tags) = check(form)?;
    let found = repo::find(scope, &state.db, id).await?;
    repo::update(
        scope,
        &state.db,
        &DocumentRow {
            kind: form.kind,
            title: form.title,
            language: form.language,
            tags: tags_json(&tags),
            updated_at: now_ms(),
            ..found
        },
    )
    .await
}

/// Refuses a file that would take the person past their quota.
async fn check_room(state: &AppState, scope: &Scope, file: &Received) -> Result<(), AppError> {
    let used = repo::used_bytes(scope, &state.db).await? as u64;
    if used + file.size > state.config.user_quota_bytes {
        return Err(AppError::field("file", "error-document-quota"));
    }
    Ok(())
}

/// Stores `file` sealed under `key`; answers the bytes stored.
async fn store(state: &AppState, key: &str, file: Received) -> Result<u64, AppError> {
    let mut source = file.file;
    let (_, sealed) = state
        .storage
        .put(key, |mut pipe| async move {
            use tokio::io::AsyncWriteExt;
            let copied = tokio::io::copy(&mut source, &mut pipe).await;
            let closed = pipe.shutdown().await;
            copied.and(closed).map(|_| ()).map_err(|err| {
                tracing::warn!(%err, "an upload could not be read back");
                AppError::internal()
            })
        })
        .await?;
    Ok(sealed)
}

/// The version row of a file stored under `key`.
fn version_row(
    document_id: &str,
    id: String,
    label: String,
    key: String,
    file: &Received,
) -> VersionRow {
    VersionRow {
        id,
        document_id: document_id.to_string(),
        number: 0,
        label,
        storage_key: key,
        size_bytes: file.size as i64,
        sealed_bytes: 0,
        media_type: file.file_type.media_type.to_string(),
        file_name: file.name.clone(),
        sha256: file.sha256.clone(),
        created_at: now_ms(),
    }
}

/// The checked form and the received file, or every field error of both
/// (any other error first).
fn together<T>(
    checked: Result<T, AppError>,
    file: Result<Received, AppError>,
) -> Result<(T, Received), AppError> {
    match (checked, file) {
        (Ok(checked), Ok(file)) => Ok((checked, file)),
        (Err(AppError::Validation(mut errors)), Err(AppError::Validation(more))) => {
            errors.extend(more);
            Err(AppError::Validation(errors))
        }
        (_, Err(error)) if !matches!(error, AppError::Validation(_)) => Err(error),
        (Err(error), _) | (_, Err(error)) => Err(error),
    }
}

/// A new document with `file` (as received, or why not) as its first
/// version; answers its id.
pub async fn upload(
    state: &AppState,
    scope: &Scope,
    form: &DocumentForm,
    file: Result<Received, AppError>,
) -> Result<String, AppError> {
    let user_id = scope.user_id()?;
    let ((form, tags), file) = together(check(form), file)?;
    check_room(state, scope, &file).await?;
    let (document_id, version_id) = (new_id(), new_id());
    let key = storage_key(user_id, &document_id, &version_id);
    let mut version = version_row(&document_id, version_id, String::new(), key.clone(), &file);
    version.sealed_bytes = store(state, &key, file).await? as i64;
    let now = version.created_at;
    let document = DocumentRow {
        id: document_id.clone(),
        kind: form.kind,
        title: form.title,
        language: form.language,
        tags: tags_json(&tags),
        created_at: now,
        updated_at: now,
    };
    let written = async {
        let mut work = Work::begin(scope, &state.db).await?;
        repo::insert(&mut work, &document).await?;
        repo::insert_version(&mut work, &version).await?;
        work.commit().await
    }
    .await;
    forget_on_error(state, &key, written).await?;
    tracing::info!(bytes = version.size_bytes, "document uploaded");
    Ok(document_id)
}

/// A new version of document `id`, with `file` and an optional label;
/// answers its number.
pub async fn add_version(
    state: &AppState,
    scope: &Scope,
    id: &str,
    label: &str,
    file: Result<Received, AppError>,
) -> Result<i64, AppError> {
    let user_id = scope.user_id()?;
    repo::find(scope, &state.db, id).await?;
    let (label, file) = together(check_label(label), file)?;
    check_room(state, scope, &file).await?;
    let version_id = new_id();
    let key = storage_key(user_id, id, &version_id);
    let mut version = version_row(id, version_id, label, key.clone(), &file);
    version.sealed_bytes = store(state, &key, file).await? as i64;
    let written = async {
        let mut work = Work::begin(scope, &state.db).await?;
        let number = repo::insert_version(&mut work, &version).await?;
        work.commit().await.map(|()| number)
    }
    .await;
    forget_on_error(state, &key, written).await
}

/// Deletes the stored file `key` when its row could not be written.
async fn forget_on_error<T>(
    state: &AppState,
    key: &str,
    written: Result<T, AppError>,
) -> Result<T, AppError> {
    if written.is_err()
        && let Err(err) = state.storage.delete(key).await
    {
        tracing::warn!(?err, "a stored file without its row could not be deleted");
    }
    written
}

/// Deletes stored files whose rows are gone; a file that cannot be deleted
/// now stays in the account's folder, which erasure deletes whole.
async fn delete_files(state: &AppState, keys: &[String]) {
    for key in keys {
        if let Err(err) = state.storage.delete(key).await {
            tracing::warn!(?err, "a deleted document's file could not be deleted");
        }
    }
}

/// Deletes one version of document `id` and its file.
pub async fn delete_version(
    state: &AppState,
    scope: &Scope,
    id: &str,
    version_id: &str,
) -> Result<(), AppError> {
    let version = repo::version(scope, &state.db, id, version_id).await?;
    repo::delete_version(scope, &state.db, id, version_id).await?;
    delete_files(state, &[version.storage_key]).await;
    Ok(())
}

/// Deletes document `id`, every version and their files, once `confirmed`.
pub async fn delete(
    state: &AppState,
    scope: &Scope,
    id: &str,
    confirmed: bool,
) -> Result<(), AppError> {
    let versions = repo::versions(scope, &state.db, id).await?;
    repo::find(scope, &state.db, id).await?;
    if !confirmed {
        return Err(AppError::field("confirm", "error-document-delete-confirm"));
    }
    repo::delete(scope, &state.db, id).await?;
    let keys: Vec<String> = versions.into_iter().map(|v| v.storage_key).collect();
    delete_files(state, &keys).await;
    Ok(())
}

/// Version `version_id` of document `id`, to download: its row, whose
/// `storage_key` names the sealed file.
pub async fn version(
    state: &AppState,
    scope: &Scope,
    id: &str,
    version_id: &str,
) -> Result<VersionRow, AppError> {
    repo::version(scope, &state.db, id, version_id).await
}

/// Every version the person has stored, by document and number: what the
/// data export writes into its `documents/` folder.
pub async fn stored_versions(
    scope: &Scope,
    db: &crate::server::db::Db,
) -> Result<Vec<VersionRow>, AppError> {
    repo::all_versions(scope, db).await
}
