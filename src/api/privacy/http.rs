//! The plain HTTP routes of privacy, beside its server functions. The data
//! files, behind the same Origin check as server functions, so each works
//! from a plain form with or without the WebAssembly:
//!
//! - `POST /settings/data/export` answers the ZIP as a streamed download,
//!   or, for an account larger than `OFFERLINE_EXPORT_BACKGROUND_ROWS`,
//!   queues its preparation and sends the browser back to the progress bar
//!   (`prepared.rs`);
//! - `POST /settings/data/exports/{id}/download`, with the emailed token,
//!   answers a prepared archive, once;
//! - `POST /settings/data/import` takes one archive as a multipart upload
//!   and sends the browser back to `/settings/data` with a notice or the
//!   reason it was refused (`?import_error=`; `?export_error=` for the
//!   export).
//!
//! A browser's form post (it accepts HTML) is sent back to the page with
//! the error; any other client gets the error's status.
//!
//! And the one-click unsubscribe (P28, RFC 8058) at `/email/unsubscribe`,
//! which needs no sign-in and no Origin: a mail client posts it.

use crate::api::Caller;
use crate::error::AppError;
use crate::model::data::{DataImportReport, EXPORT_PATH, IMPORT_PATH, PREPARED_PAGE};
use crate::server::privacy::controls::unsubscribe;
use crate::server::privacy::data::export::{EXPORTS_PER_DAY, archive, import, prepared};
use crate::server::ratelimit;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use axum::Router;
use axum::extract::{Form, Multipart, Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use http::{HeaderMap, StatusCode, header};

const PAGE: &str = "/settings/data";

fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// The page again with `error`, or the error itself for a non-browser.
fn refuse(headers: &HeaderMap, error: AppError, anchor: &str) -> Response {
    if !wants_html(headers) {
        return error.into_response();
    }
    let key = match &error {
        AppError::Unauthorized => {
            return Redirect::to(&format!("/sign-in?return_to={PAGE}")).into_response();
        }
        AppError::Validation(errors) => errors
            .first()
            .map_or("error-data-import-damaged", |e| e.message.as_str()),
        AppError::RateLimited { .. } => "error-rate-limited",
        AppError::Conflict(_) => "error-data-export-busy",
        _ => return error.into_response(),
    };
    Redirect::to(&format!("{PAGE}?{anchor}_error={key}#{anchor}")).into_response()
}

/// `POST /settings/data/export`.
async fn download(caller: Caller, headers: HeaderMap) -> Response {
    let Caller { scope, state, .. } = caller;
    let user_id = match scope.user_id() {
        Ok(id) => id.to_string(),
        Err(error) => return refuse(&headers, error, "export"),
    };
    if let Err(error) = ratelimit::hit(&state, &EXPORTS_PER_DAY, &user_id, now_ms()).await {
        return refuse(&headers, error, "export");
    }
    let rows = match prepared::rows_to_export(&scope, &state.db).await {
        Ok(rows) => rows,
        Err(error) => return refuse(&headers, error, "export"),
    };
    if rows > state.config.export_background_rows {
        return match prepared::request(&state, &scope).await {
            Ok(_) if wants_html(&headers) => {
                Redirect::to(&format!("{PAGE}?notice=export-queued#export")).into_response()
            }
            Ok(_) => http::StatusCode::ACCEPTED.into_response(),
            Err(error) => refuse(&headers, error, "export"),
        };
    }
    tracing::info!("data export started");
    zip_download(archive::body(
        scope,
        state.db.clone(),
        state.storage.clone(),
    ))
}

/// `body` as the download of a ZIP named for today.
fn zip_download(body: axum::body::Body) -> Response {
    let file = format!(
        "offerline-export-{}.zip",
        chrono::Utc::now().format("%Y-%m-%d")
    );
    (
        [
            (header::CONTENT_TYPE, "application/zip".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

#[derive(serde::Deserialize)]
struct TokenForm {
    #[serde(default)]
    token: String,
}

/// `POST /settings/data/exports/{id}/download`: the prepared archive, once.
/// A link that is used, expired or someone else's leads back to its page,
/// which says so.
async fn download_prepared(
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Response {
    if caller.scope.user().is_err() {
        return refuse(&headers, AppError::Unauthorized, "export");
    }
    match prepared::download(&caller.state, &caller.scope, &id, &form.token).await {
        Ok(body) => zip_download(body),
        Err(AppError::NotFound) if wants_html(&headers) => {
            Redirect::to(&format!("{PREPARED_PAGE}/{id}?gone=1")).into_response()
        }
        Err(error) => error.into_response(),
    }
}

/// The `file` part of the upload, written to a temporary file (deleted
/// once closed) rather than held in memory; `None` when no file was chosen.
async fn read_file(
    mut multipart: Multipart,
    max: usize,
) -> Result<Option<std::fs::File>, AppError> {
    use tokio::io::AsyncWriteExt;
    let refused = |key: &str| AppError::field("file", key);
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| refused("error-data-import-not-export"))?
    {
        if field.name() != Some("file") {
            continue;
        }
        let stored = |_| AppError::internal();
        let mut file = tokio::fs::File::from_std(tempfile::tempfile().map_err(stored)?);
        let mut written = 0;
        while let Some(chunk) = field
            .chunk()
            .await
            .map_err(|_| refused("error-data-import-too-large"))?
        {
            written += chunk.len();
            if written > max {
                return Err(refused("error-data-import-too-large"));
            }
            file.write_all(&chunk).await.map_err(stored)?;
        }
        file.flush().await.map_err(stored)?;
        return Ok((written > 0).then(|| file.try_into_std().ok()).flatten());
    }
    Ok(None)
}

/// Problems named in the page's address after an import; the page says
/// how many more there were.
const PROBLEMS_SHOWN: usize = 3;

/// Where a browser goes after an import: the notice, and the rows that
/// were not imported (`skipped`, and the first ones as
/// `problem=<table>.<row>.<field>.<key>[.<max>]`).
fn imported_page(report: &DataImportReport) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("notice", "data-imported");
    if report.skipped_count > 0 {
        query.append_pair("skipped", &report.skipped_count.to_string());
    }
    for problem in report.skipped.iter().take(PROBLEMS_SHOWN) {
        for error in problem.errors.iter().take(1) {
            let mut named = format!(
                "{}.{}.{}.{}",
                problem.table, problem.row, error.field, error.message
            );
            if let Some(max) = error.max {
                named.push_str(&format!(".{max}"));
            }
            query.append_pair("problem", &named);
        }
    }
    let anchor = if report.skipped_count > 0 {
        "#import"
    } else {
        ""
    };
    format!("{PAGE}?{}{anchor}", query.finish())
}

/// `POST /settings/data/import`: a browser is sent back to the page; any
/// other client gets the report as JSON.
async fn upload(caller: Caller, headers: HeaderMap, multipart: Multipart) -> Response {
    let Caller { scope, state, .. } = caller;
    if let Err(error) = scope.user() {
        return refuse(&headers, error, "import");
    }
    let result = match read_file(multipart, state.config.max_body_bytes).await {
        Ok(Some(file)) => import::run(&state, &scope, file).await,
        Ok(None) => Err(AppError::field("file", "error-data-import-no-file")),
        Err(error) => Err(error),
    };
    match result {
        Ok(report) => {
            tracing::info!(
                imported = report.imported,
                skipped = report.skipped_count,
                "data import finished"
            );
            if wants_html(&headers) {
                Redirect::to(&imported_page(&report)).into_response()
            } else {
                axum::Json(report).into_response()
            }
        }
        Err(error) => refuse(&headers, error, "import"),
    }
}

#[derive(serde::Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// `GET /email/unsubscribe`: a person opened the header's link in a
/// browser; show the page that asks for the click.
async fn unsubscribe_page(Query(query): Query<TokenQuery>) -> Response {
    let token: String = url::form_urlencoded::byte_serialize(query.token.as_bytes()).collect();
    Redirect::to(&format!("/unsubscribe?token={token}")).into_response()
}

/// `POST /email/unsubscribe`: the one-click request, from a mail client
/// (RFC 8058, body `List-Unsubscribe=One-Click`) or the page's button. A
/// browser is sent back to the page with the outcome; a mail client gets
/// the status alone.
async fn unsubscribe_one_click(
    caller: Caller,
    headers: HeaderMap,
    Query(query): Query<TokenQuery>,
) -> Response {
    let outcome = unsubscribe::apply(&caller.state, &query.token).await;
    match (outcome, wants_html(&headers)) {
        (Ok(()), true) => Redirect::to("/unsubscribe?done=1").into_response(),
        (Ok(()), false) => StatusCode::OK.into_response(),
        (Err(AppError::NotFound), true) => Redirect::to("/unsubscribe?invalid=1").into_response(),
        (Err(err), _) => err.into_response(),
    }
}

pub fn routes(state: &AppState) -> Router<AppState> {
    use crate::server::origin::check_origin;
    let guard = || axum::middleware::from_fn_with_state(state.clone(), check_origin);
    Router::new()
        .route(EXPORT_PATH, post(download).route_layer(guard()))
        .route(IMPORT_PATH, post(upload).route_layer(guard()))
        .route(
            &format!("{PREPARED_PAGE}/{{id}}/download"),
            post(download_prepared).route_layer(guard()),
        )
        .route(
            "/email/unsubscribe",
            get(unsubscribe_page).post(unsubscribe_one_click),
        )
}
