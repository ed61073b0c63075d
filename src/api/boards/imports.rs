//! Server functions of CSV import into a board: the preview of an uploaded
//! file under a column mapping, and the import itself. The upload is a
//! plain multipart form (`server::boards::import::upload`).

use crate::error::AppError;
use crate::model::import::{ImportPreview, ImportReport};
use leptos::prelude::*;

/// The uploaded file `id`, its columns mapped by `map` (one field per
/// column; empty: guessed from the headers) and what an import would do.
#[server(endpoint = "imports/preview")]
pub async fn preview_import(
    id: String,
    #[server(default)] map: Vec<String>,
) -> Result<ImportPreview, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::import::preview(&caller.scope, caller.db(), &id, map).await
    })
    .await
}

/// Imports the file `id` with the mapping `map`.
#[server(endpoint = "imports/run")]
pub async fn run_import(
    id: String,
    board_id: String,
    #[server(default)] map: Vec<String>,
) -> Result<ImportReport, AppError> {
    crate::api::respond(async move |caller| {
        let report =
            crate::server::boards::import::run(&caller.scope, caller.db(), &id, map).await?;
        crate::api::redirect_plain(&format!("/boards/{board_id}/import?upload={id}"));
        Ok(report)
    })
    .await
}
