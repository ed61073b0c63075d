//! The documents' plain HTTP routes, beside their server functions:
//!
//! - `POST /documents/upload`: a new document (kind, title, language,
//!   tags, then the file), a plain multipart form that works with or
//!   without the WebAssembly;
//! - `POST /documents/{id}/versions`: a new version (an optional label,
//!   then the file);
//! - `GET /documents/{id}/versions/{version}/download`: a version's file,
//!   always as an attachment with a safe name, its stored type and
//!   `nosniff`, never shown inline.
//!
//! Uploads pass the same Origin check as server functions. The file part
//! is streamed to a temporary file (`server::documents::files`), never
//! held whole. Axum's own limit on a multipart body (2 MB) is raised for
//! these routes to the configured maximum and a margin for the other
//! fields; a larger file is answered 413 with the limit named. A browser
//! whose form is refused is sent back to it, each error in the address
//! next to its field (`?error=` for the file, `?<field>_error=` for the
//! others); any other client gets the error's status.

use crate::api::Caller;
use crate::error::{AppError, FieldError};
use crate::model::document::UPLOAD_PATH;
use crate::server::documents::files::{Incoming, Received, attachment};
use crate::server::documents::{self, DocumentForm};
use crate::server::origin::check_origin;
use crate::server::state::AppState;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use http::{HeaderMap, StatusCode, header};
use std::collections::HashMap;

/// Room for the form's other fields and the multipart framing.
const FORM_MARGIN_BYTES: u64 = 1024 * 1024;
/// The longest text field read from an upload form.
const FIELD_MAX_BYTES: usize = 4096;

pub fn routes(state: &AppState) -> Router<AppState> {
    let guard = || axum::middleware::from_fn_with_state(state.clone(), check_origin);
    let limit = (state.config.max_upload_bytes + FORM_MARGIN_BYTES) as usize;
    Router::new()
        .route(
            UPLOAD_PATH,
            post(upload)
                .layer(DefaultBodyLimit::max(limit))
                .route_layer(guard()),
        )
        .route(
            "/documents/{id}/versions",
            post(upload_version)
                .layer(DefaultBodyLimit::max(limit))
                .route_layer(guard()),
        )
        .route("/documents/{id}/versions/{version}/download", get(download))
}

fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// What an upload form sent: its text fields, and its file as received
/// (or why it was not).
struct Sent {
    fields: HashMap<String, String>,
    file: Result<Received, AppError>,
}

impl Sent {
    fn field(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }
}

/// A body that ended early or went past the route's limit.
fn unreadable(err: axum::extract::multipart::MultipartError, max: u64) -> AppError {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        AppError::TooLarge { max_bytes: max }
    } else {
        AppError::Malformed
    }
}

/// Reads the form: short text fields, and the `file` part streamed into a
/// temporary file. Fails only when the body cannot be read or the file is
/// too large; a file of the wrong type is in `Sent::file`.
async fn read_form(mut multipart: Multipart, max: u64) -> Result<Sent, AppError> {
    let mut fields = HashMap::new();
    let mut file = Err(AppError::field("file", "error-document-no-file"));
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|e| unreadable(e, max))?
    {
        let Some(name) = field.name().map(str::to_string) else {
            continue;
        };
        if name == "file" {
            let sent_name = field.file_name().unwrap_or_default().to_string();
            let mut incoming = Incoming::start(&sent_name, max)?;
            let mut any = false;
            while let Some(chunk) = field.chunk().await.map_err(|e| unreadable(e, max))? {
                any |= !chunk.is_empty();
                incoming.push(&chunk).await?;
            }
            if any || !sent_name.is_empty() {
                file = incoming.finish().await;
            }
            continue;
        }
        let mut text = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|e| unreadable(e, max))? {
            if text.len() + chunk.len() > FIELD_MAX_BYTES {
                return Err(AppError::Malformed);
            }
            text.extend_from_slice(&chunk);
        }
        let text = String::from_utf8(text).map_err(|_| AppError::Malformed)?;
        fields.insert(name, text);
    }
    Ok(Sent { fields, file })
}

/// The form at `page` again, each error in the address next to its field.
fn back_to(page: &str, errors: &[FieldError], anchor: &str) -> Response {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for error in errors {
        if error.field == "file" {
            query.append_pair("error", &error.message);
        } else {
            query.append_pair(&format!("{}_error", error.field), &error.message);
            if let Some(max) = error.max {
                query.append_pair(&format!("{}_max", error.field), &max.to_string());
            }
        }
    }
    Redirect::to(&format!("{page}?{}#{anchor}", query.finish())).into_response()
}

/// The answer to a refused upload: the form again for a browser, the
/// error's status for any other client. A file past the limit is answered
/// 413 with the error page, which names the limit.
fn refuse(headers: &HeaderMap, error: AppError, page: &str, anchor: &str) -> Response {
    if !wants_html(headers) {
        return error.into_response();
    }
    match error {
        AppError::Unauthorized => {
            Redirect::to(&format!("/sign-in?return_to={page}")).into_response()
        }
        AppError::Validation(errors) => back_to(page, &errors, anchor),
        error @ AppError::TooLarge { .. } => {
            let mut page = StatusCode::PAYLOAD_TOO_LARGE.into_response();
            page.extensions_mut().insert(error);
            page
        }
        other => other.into_response(),
    }
}

/// `POST /documents/upload`.
async fn upload(caller: Caller, headers: HeaderMap, multipart: Multipart) -> Response {
    let Caller { scope, state, .. } = caller;
    if let Err(error) = scope.user() {
        return refuse(&headers, error, "/documents", "upload");
    }
    let result = match read_form(multipart, state.config.max_upload_bytes).await {
        Ok(sent) => {
            let form = DocumentForm {
                kind: sent.field("kind"),
                title: sent.field("title"),
                language: sent.field("language"),
                tags: sent.field("tags"),
            };
            documents::upload(&state, &scope, &form, sent.file).await
        }
        Err(error) => Err(error),
    };
    match result {
        Ok(id) if wants_html(&headers) => {
            Redirect::to(&format!("/documents/{id}?notice=document-uploaded")).into_response()
        }
        Ok(id) => (
            StatusCode::CREATED,
            axum::Json(serde_json::json!({ "id": id })),
        )
            .into_response(),
        Err(error) => refuse(&headers, error, "/documents", "upload"),
    }
}

/// `POST /documents/{id}/versions`.
async fn upload_version(
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let Caller { scope, state, .. } = caller;
    let page = format!("/documents/{id}");
    if let Err(error) = scope.user() {
        return refuse(&headers, error, &page, "new-version");
    }
    let result = match read_form(multipart, state.config.max_upload_bytes).await {
        Ok(sent) => {
            let label = sent.field("label");
            documents::add_version(&state, &scope, &id, &label, sent.file).await
        }
        Err(error) => Err(error),
    };
    match result {
        Ok(_) if wants_html(&headers) => {
            Redirect::to(&format!("{page}?notice=version-uploaded")).into_response()
        }
        Ok(number) => (
            StatusCode::CREATED,
            axum::Json(serde_json::json!({ "number": number })),
        )
            .into_response(),
        Err(error) => refuse(&headers, error, &page, "new-version"),
    }
}

/// `GET /documents/{id}/versions/{version}/download`: the file, opened on
/// its way out of storage.
async fn download(caller: Caller, Path((id, version_id)): Path<(String, String)>) -> Response {
    let version = match documents::version(&caller.state, &caller.scope, &id, &version_id).await {
        Ok(version) => version,
        Err(error) => return error.into_response(),
    };
    let storage = caller.state.storage.clone();
    let key = version.storage_key.clone();
    let body = crate::server::pipe::body(move |mut out| async move {
        storage.open(&key, &mut out).await.map(|_| ())
    });
    (
        [
            (header::CONTENT_TYPE, version.media_type.clone()),
            (header::CONTENT_DISPOSITION, attachment(&version.file_name)),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}
