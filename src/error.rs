//! The one error type of Offerline, shared by server functions, handlers and
//! repositories. Its HTTP status is decided here and nowhere else; what the
//! user sees is a translation key, never an internal detail.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A problem with one form field: the field's name and a translation key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    /// A key in the i18n catalogue, e.g. `error-required`.
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("sign-in required")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("invalid input")]
    Validation(Vec<FieldError>),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("too many requests, retry after {retry_after}s")]
    RateLimited { retry_after: u64 },
    /// Details were logged on the server under this request id.
    #[error("internal error")]
    Internal { request_id: Option<String> },
    /// The request never reached our code (bad arguments, network down).
    #[error("request failed: {0}")]
    Transport(String),
    /// A service the server depends on (SMTP, the object store) failed, or
    /// background work could not go on. The text is for the logs and the
    /// job queue only: the web edge turns it into `Internal` before it
    /// leaves the server.
    #[error("{0}")]
    Upstream(String),
}

impl AppError {
    pub fn internal() -> Self {
        AppError::Internal { request_id: None }
    }

    /// A failure whose text is kept for the logs and the job queue.
    pub fn upstream(detail: impl Into<String>) -> Self {
        AppError::Upstream(detail.into())
    }

    /// What may leave the server: an upstream failure becomes `Internal`.
    pub fn public(self) -> Self {
        match self {
            AppError::Upstream(_) => AppError::internal(),
            other => other,
        }
    }

    pub fn field(field: &str, message: &str) -> Self {
        AppError::Validation(vec![FieldError::new(field, message)])
    }

    /// The HTTP status for this error: the only place it is decided.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Validation(_) => 422,
            AppError::Conflict(_) => 409,
            AppError::RateLimited { .. } => 429,
            AppError::Internal { .. } | AppError::Upstream(_) => 500,
            AppError::Transport(_) => 400,
        }
    }

    /// The translation key of the message a person sees.
    pub fn message_key(&self) -> &'static str {
        match self {
            AppError::Unauthorized => "error-unauthorized",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not-found",
            AppError::Validation(_) => "error-validation",
            AppError::Conflict(_) => "error-conflict",
            AppError::RateLimited { .. } => "error-rate-limited",
            AppError::Internal { .. } | AppError::Upstream(_) => "error-internal",
            AppError::Transport(_) => "error-transport",
        }
    }

    /// The message for one field, if this error names it.
    pub fn for_field(&self, field: &str) -> Option<&str> {
        match self {
            AppError::Validation(errors) => errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.as_str()),
            _ => None,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Transport(value.to_string())
    }
}

#[cfg(feature = "ssr")]
mod server_side {
    use super::AppError;
    use axum::response::{IntoResponse, Response};
    use http::{HeaderValue, StatusCode, header};

    impl AppError {
        pub fn status_code(&self) -> StatusCode {
            StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
        }
    }

    impl IntoResponse for AppError {
        fn into_response(self) -> Response {
            if let AppError::Upstream(detail) = &self {
                tracing::error!(error = %detail, "upstream failure");
            }
            let this = self.public();
            let mut res = (this.status_code(), axum::Json(&this)).into_response();
            if let AppError::RateLimited { retry_after } = this {
                res.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
            }
            res
        }
    }

    /// Database errors are logged (inside the request's span, so with its
    /// request id) and become an opaque `Internal`.
    impl From<sqlx::Error> for AppError {
        fn from(err: sqlx::Error) -> Self {
            match err {
                sqlx::Error::RowNotFound => AppError::NotFound,
                other => {
                    tracing::error!(error = %other, "database error");
                    AppError::internal()
                }
            }
        }
    }
}
