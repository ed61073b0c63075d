//! Server functions, one file per domain. Each is thin: it builds the caller's
//! scope, calls the domain's service, and returns shared model types. Every
//! endpoint is named explicitly so URLs stay stable for forms, tests and
//! rate limits.

pub mod account;
pub mod admin;
pub mod analytics;
pub mod auth;
pub mod boards;
pub mod cards;
pub mod companies;
pub mod consent;
pub mod data;
pub mod imports;
pub mod insights;
pub mod policies;
pub mod prefs;
pub mod privacy;
pub mod profile;
pub mod site;
pub mod stages;
pub mod support;

/// Who is calling and the database: what every domain call needs.
#[cfg(feature = "ssr")]
pub fn caller()
-> Result<(crate::server::scope::Scope, crate::server::db::Db), crate::error::AppError> {
    let state = crate::server::state::AppState::from_context()?;
    Ok((crate::server::auth::session::scope(), state.db))
}

/// Whether this request is a plain form post from a page without
/// JavaScript (it accepts HTML), rather than the hydrated app's call.
#[cfg(feature = "ssr")]
pub fn plain_form() -> bool {
    use leptos::prelude::use_context;
    use_context::<http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
    })
}

/// Sends a plain form post on to `path`; the hydrated app stays put and
/// updates in place.
#[cfg(feature = "ssr")]
pub fn redirect_plain(path: &str) {
    if plain_form() {
        leptos_axum::redirect(path);
    }
}

/// Runs a server function body and, when it fails, gives the response the
/// error's HTTP status (and `Retry-After`), and an internal error the
/// request id it was logged under.
#[cfg(feature = "ssr")]
pub async fn respond<T>(
    body: impl Future<Output = Result<T, crate::error::AppError>>,
) -> Result<T, crate::error::AppError> {
    use crate::error::AppError;
    use leptos::prelude::use_context;
    let result = body.await;
    // A plain form post (no JavaScript) is answered by a redirect back to
    // the form, with the error in the URL; a status here would replace it.
    let plain_form = plain_form();
    if let Err(err) = &result
        && !plain_form
        && let Some(res) = use_context::<leptos_axum::ResponseOptions>()
    {
        res.set_status(err.status_code());
        if let AppError::RateLimited { retry_after } = err {
            res.insert_header(http::header::RETRY_AFTER, (*retry_after).into());
        }
    }
    result.map_err(|err| match err {
        AppError::Internal { request_id: None } => AppError::Internal {
            request_id: crate::server::request_id::current(),
        },
        other => other,
    })
}
