//! `POST /boards/{id}/import`: the upload of a CSV file, as a plain
//! multipart form, so it works with or without the WebAssembly. The file is
//! kept and the browser is sent to its mapping page; a file that cannot be
//! read sends it back to the upload form with the reason.

use crate::error::AppError;
use crate::server::auth::session::CurrentSession;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use axum::Extension;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};

pub async fn upload(
    State(state): State<AppState>,
    session: Option<Extension<CurrentSession>>,
    Path(board_id): Path<String>,
    multipart: Multipart,
) -> Response {
    let scope = session.map_or(Scope::Anonymous, |Extension(s)| s.scope);
    let back =
        |key: &str| Redirect::to(&format!("/boards/{board_id}/import?error={key}")).into_response();
    let (file_name, bytes) = match read_file(multipart).await {
        Ok(Some(file)) => file,
        Ok(None) => return back("error-import-no-file"),
        Err(key) => return back(key),
    };
    match super::store(&scope, &state.db, &board_id, &file_name, &bytes).await {
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
            if bytes.len() + chunk.len() > super::MAX_BYTES {
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
