//! The boards' plain HTTP routes, beside their server functions: a board
//! as a CSV file (`GET /boards/{id}/export.csv`), and the upload of a CSV
//! file to import (`POST /boards/{id}/import`, a plain multipart form, so
//! it works with or without the WebAssembly, behind the same Origin check
//! as server functions). The file is kept and the browser is sent to its
//! mapping page; a file that cannot be read sends it back to the upload
//! form with the reason.

use crate::api::Caller;
use crate::error::AppError;
use crate::server::boards::{csv_export, import};
use crate::server::origin::check_origin;
use crate::server::state::AppState;
use axum::Router;
use axum::extract::{Multipart, Path};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use http::header;

pub fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/boards/{id}/export.csv", get(export_csv))
        .route(
            "/boards/{id}/import",
            post(upload).route_layer(axum::middleware::from_fn_with_state(
                state.clone(),
                check_origin,
            )),
        )
}

async fn export_csv(caller: Caller, Path(id): Path<String>) -> Response {
    match csv_export::board_csv(&caller.scope, caller.db(), &id).await {
        Ok((name, bytes)) => {
            let file: String = name
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"{file}.csv\""),
                    ),
                    (header::CACHE_CONTROL, "no-store".to_string()),
                ],
                bytes,
            )
                .into_response()
        }
        Err(error) => error.into_response(),
    }
}

async fn upload(caller: Caller, Path(board_id): Path<String>, multipart: Multipart) -> Response {
    let back =
        |key: &str| Redirect::to(&format!("/boards/{board_id}/import?error={key}")).into_response();
    let (file_name, bytes) = match read_file(multipart).await {
        Ok(Some(file)) => file,
        Ok(None) => return back("error-import-no-file"),
        Err(key) => return back(key),
    };
    match import::store(&caller.scope, caller.db(), &board_id, &file_name, &bytes).await {
        Ok(id) => Redirect::to(&format!("/boards/{board_id}/import?upload={id}")).into_response(),
        Err(AppError::Validation(errors)) => back(
            errors
                .first()
                .map_or("error-import-not-csv", |e| e.message.as_str()),
        ),
        Err(other) => other.into_response(),
    }
}

/// The `file` part of the form: its name and bytes, `None` when no file
/// was chosen.
async fn read_file(mut multipart: Multipart) -> Result<Option<(String, Vec<u8>)>, &'static str> {
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| "error-import-not-csv")?
    {
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or("import.csv").to_string();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| "error-import-too-large")? {
            if bytes.len() + chunk.len() > import::MAX_BYTES {
                return Err("error-import-too-large");
            }
            bytes.extend_from_slice(&chunk);
        }
        if bytes.is_empty() && name.is_empty() {
            return Ok(None);
        }
        return Ok(Some((name, bytes)));
    }
    Ok(None)
}
