//! Server functions, one file per domain. Each is thin: it builds the caller's
//! scope, calls the domain's service, and returns shared model types. Every
//! endpoint is named explicitly so URLs stay stable for forms, tests and
//! rate limits.

pub mod prefs;
pub mod site;

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
    if let Err(err) = &result
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
