//! Server functions of CSV import into a board: the preview of an uploaded
//! file under the person's choices, and the import itself. The upload is a
//! plain multipart form (`api::boards::http`).
//!
//! Both take the choices of the mapping form: `map[i]`, the field column
//! `i` fills (none: guessed from the headers); `order`, `day-first` or
//! `month-first` for numeric dates (empty: as the file suggests); and
//! `statuses[i][value]` with `statuses[i][stage]`, the stage chosen for a
//! status of the file.

use crate::error::AppError;
use crate::model::import::{ImportPreview, ImportReport, StatusChoice};
use leptos::prelude::*;

/// The uploaded file `id` under the choices, and what an import would do.
#[server(endpoint = "imports/preview")]
pub async fn preview_import(
    id: String,
    #[server(default)] map: Vec<String>,
    #[server(default)] order: String,
    #[server(default)] statuses: Vec<StatusChoice>,
) -> Result<ImportPreview, AppError> {
    crate::api::respond(async move |caller| {
        let choices = crate::server::boards::import::Choices {
            map,
            order,
            statuses,
        };
        crate::server::boards::import::preview(&caller.scope, caller.db(), &id, choices).await
    })
    .await
}

/// Imports the file `id` under the choices.
#[server(endpoint = "imports/run")]
pub async fn run_import(
    id: String,
    board_id: String,
    #[server(default)] map: Vec<String>,
    #[server(default)] order: String,
    #[server(default)] statuses: Vec<StatusChoice>,
) -> Result<ImportReport, AppError> {
    crate::api::respond(async move |caller| {
        let choices = crate::server::boards::import::Choices {
            map,
            order,
            statuses,
        };
        let report =
            crate::server::boards::import::run(&caller.scope, caller.db(), &id, choices).await?;
        crate::api::redirect_plain(&format!("/boards/{board_id}/import?upload={id}"));
        Ok(report)
    })
    .await
}
