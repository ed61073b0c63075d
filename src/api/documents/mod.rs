//! Server functions of documents (P04): the list (searched by title and
//! tag), one document with its versions, correcting its details, and
//! deleting a version or the whole document with their stored files. The
//! uploads and downloads are plain routes (`http.rs`).

#[cfg(feature = "ssr")]
pub mod http;

use crate::error::AppError;
use crate::model::document::{Document, DocumentList};
use leptos::prelude::*;

/// The person's documents whose title or tags hold `q`, with `tag` if given.
#[server(endpoint = "documents/list")]
pub async fn list_documents(
    #[server(default)] q: String,
    #[server(default)] tag: String,
) -> Result<DocumentList, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::documents::list(&caller.state, &caller.scope, &q, &tag).await
    })
    .await
}

#[server(endpoint = "documents/get")]
pub async fn get_document(id: String) -> Result<Document, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::documents::get(&caller.state, &caller.scope, &id).await
    })
    .await
}

/// Corrects a document's kind, title, language and tags.
#[server(endpoint = "documents/update")]
pub async fn update_document(
    id: String,
    kind: String,
    title: String,
    language: String,
    #[server(default)] tags: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        let form = crate::server::documents::DocumentForm {
            kind,
            title,
            language,
            tags,
        };
        crate::server::documents::update(&caller.state, &caller.scope, &id, &form).await?;
        crate::api::redirect_plain(&format!("/documents/{id}?notice=document-saved"));
        Ok(())
    })
    .await
}

/// Deletes one version of a document and its stored file.
#[server(endpoint = "documents/delete-version")]
pub async fn delete_document_version(id: String, version_id: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::documents::delete_version(&caller.state, &caller.scope, &id, &version_id)
            .await?;
        crate::api::redirect_plain(&format!("/documents/{id}?notice=version-deleted"));
        Ok(())
    })
    .await
}

/// Deletes a document, every version and their files, once `confirm` is
/// ticked.
#[server(endpoint = "documents/delete")]
pub async fn delete_document(id: String, confirm: Option<String>) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::documents::delete(&caller.state, &caller.scope, &id, confirm.is_some())
            .await?;
        leptos_axum::redirect("/documents?notice=document-deleted");
        Ok(())
    })
    .await
}
