//! The one error type of Offerline, shared by server functions, handlers and
//! repositories. Its HTTP status is decided here and nowhere else; what the
//! user sees is a translation key, never an internal detail.

use crate::i18n::{Locale, translate_with};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A problem with one form field: the field's name, a translation key,
/// and the limit the value went past when the message names one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    /// A key in the i18n catalogue, e.g. `error-required`.
    pub message: String,
    /// The most the field takes (characters, entries), named in the
    /// message as `{ $max }`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
            max: None,
        }
    }

    /// `field` is longer than the `max` characters it takes.
    pub fn too_long(field: impl Into<String>, max: usize) -> Self {
        Self {
            max: Some(u32::try_from(max).unwrap_or(u32::MAX)),
            ..Self::new(field, "error-too-long")
        }
    }

    /// The message, translated, with the limit it names.
    pub fn text(&self, locale: Locale) -> String {
        match self.max {
            Some(max) => translate_with(locale, &self.message, &[("max", max.into())]),
            None => translate_with(locale, &self.message, &[]),
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
    /// The server could not read the request: a field missing or not of
    /// its type, a body that is not the form it expects. What exactly was
    /// wrong is logged on the server, with the request id, never sent.
    #[error("malformed request")]
    Malformed,
    /// The request's body is larger than the server takes.
    #[error("request too large")]
    TooLarge { max_bytes: u64 },
    /// In the browser: the server could not be reached, or its answer
    /// could not be read. The server never answers with it.
    #[error("request failed")]
    Transport,
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
            AppError::Malformed | AppError::Transport => 400,
            AppError::TooLarge { .. } => 413,
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
            AppError::Malformed => "error-malformed",
            AppError::TooLarge { .. } => "error-too-large",
            AppError::Transport => "error-transport",
        }
    }

    /// The message a person sees, translated, with what it names (the
    /// minutes to wait, the size a request may have).
    pub fn message(&self, locale: Locale) -> String {
        match self {
            AppError::RateLimited { retry_after } => translate_with(
                locale,
                "error-rate-limited-wait",
                &[("minutes", (retry_after.div_ceil(60) as i64).into())],
            ),
            AppError::TooLarge { max_bytes } => translate_with(
                locale,
                self.message_key(),
                &[("megabytes", (max_bytes >> 20).max(1).into())],
            ),
            other => translate_with(locale, other.message_key(), &[]),
        }
    }

    /// The message key for one field, if this error names it.
    pub fn for_field(&self, field: &str) -> Option<&str> {
        self.field_error(field).map(|e| e.message.as_str())
    }

    /// The error of one field, if this error names it.
    pub fn field_error(&self, field: &str) -> Option<&FieldError> {
        match self {
            AppError::Validation(errors) => errors.iter().find(|e| e.field == field),
            _ => None,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    /// On the server, the request could not be read before the server
    /// function ran (its arguments, its body): the detail is logged inside
    /// the request's span and the caller learns only that it was malformed.
    /// In the browser, the call did not get through.
    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        {
            match value {
                ServerFnErrorErr::Serialization(_)
                | ServerFnErrorErr::Response(_)
                | ServerFnErrorErr::ServerError(_)
                | ServerFnErrorErr::MiddlewareError(_)
                | ServerFnErrorErr::Registration(_) => {
                    tracing::error!(error = %value, "server function failed outside its body");
                    AppError::internal()
                }
                _ => {
                    tracing::warn!(error = %value, "malformed request refused");
                    AppError::Malformed
                }
            }
        }
        #[cfg(not(feature = "ssr"))]
        {
            let _ = value;
            AppError::Transport
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Import reports stored before field errors named their limit hold
    /// `[field, key]` pairs; they still read.
    #[test]
    fn a_field_error_reads_from_a_field_and_key_pair() {
        let old: FieldError = serde_json::from_str(r#"["title","error-required"]"#).unwrap();
        assert_eq!(old, FieldError::new("title", "error-required"));
    }

    #[test]
    fn a_field_error_names_its_limit_only_when_it_has_one() {
        let json = serde_json::to_string(&FieldError::new("title", "error-required")).unwrap();
        assert!(!json.contains("max"), "{json}");
        let long = FieldError::too_long("title", 100);
        assert_eq!(long.text(Locale::En), "Use at most 100 characters.");
        assert_eq!(long.text(Locale::Nl), "Gebruik hoogstens 100 tekens.");
    }

    #[test]
    fn the_size_limit_is_named_in_megabytes() {
        let error = AppError::TooLarge {
            max_bytes: 1024 * 1024,
        };
        assert!(error.message(Locale::En).contains("at most 1 MB"));
        assert!(error.message(Locale::Fr).contains("au plus 1 Mo"));
    }
}
