//! Documents (P04): the list of a person's documents with its search and
//! the upload form (`list.rs`), and one document with its details, its
//! versions and a form for the next one (`document_page.rs`). Uploads are
//! plain multipart forms to `api::documents::http`, so they work the same
//! with or without JavaScript; a refused upload comes back with each
//! error in the address, shown next to its field (`upload_errors`).

mod document_page;
mod list;

pub use document_page::DocumentPage;
pub use list::DocumentsPage;

use crate::error::{AppError, FieldError};
use crate::model::document::{
    DOCUMENT_KINDS, DOCUMENT_LANGUAGES, UPLOAD_ERRORS, UPLOAD_FIELDS, kind_key,
};
use crate::ui::i18n::I18n;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;

/// The errors a text field of an upload form can come back with.
const FIELD_ERRORS: &[&str] = &[
    "error-required",
    "error-too-long",
    "error-text-invalid",
    "error-too-many",
    "error-document-kind",
    "error-document-language",
];

/// The refusal of an upload, as the address after it names it: known
/// keys only, each at its field.
pub fn upload_errors(q: &ParamsMap) -> Option<AppError> {
    let mut errors = Vec::new();
    if let Some(key) = q
        .get("error")
        .filter(|k| UPLOAD_ERRORS.contains(&k.as_str()))
    {
        errors.push(FieldError::new("file", key));
    }
    for field in UPLOAD_FIELDS {
        let Some(key) = q
            .get(&format!("{field}_error"))
            .filter(|k| FIELD_ERRORS.contains(&k.as_str()))
        else {
            continue;
        };
        let mut error = FieldError::new(*field, key);
        error.max = q.get(&format!("{field}_max")).and_then(|m| m.parse().ok());
        errors.push(error);
    }
    (!errors.is_empty()).then_some(AppError::Validation(errors))
}

/// The kinds, as a select offers them.
pub fn kind_options(i18n: I18n) -> Vec<(String, String)> {
    DOCUMENT_KINDS
        .iter()
        .map(|k| (k.to_string(), i18n.t(&kind_key(k))))
        .collect()
}

/// The languages, as a select offers them.
pub fn language_options(i18n: I18n) -> Vec<(String, String)> {
    DOCUMENT_LANGUAGES
        .iter()
        .map(|l| (l.to_string(), i18n.t(&format!("document-language-{l}"))))
        .collect()
}

/// A size for people: kilobytes under a megabyte, else megabytes.
pub fn size(i18n: I18n, bytes: i64) -> String {
    const MB: i64 = 1024 * 1024;
    if bytes < MB {
        let kb = (bytes.max(0) + 1023) / 1024;
        i18n.t_with("document-size-kb", &[("size", kb.into())])
    } else {
        let tenths = (bytes * 10 + MB / 2) / MB;
        let mb = if tenths % 10 == 0 {
            (tenths / 10).to_string()
        } else {
            format!("{}.{}", tenths / 10, tenths % 10)
        };
        i18n.t_with("document-size-mb", &[("size", mb.into())])
    }
}

/// The file field of an upload form, with its hint (the types, the limit)
/// and its error next to it.
#[component]
pub fn FileField(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = crate::ui::i18n::use_i18n();
    let message = move || {
        error
            .get()
            .and_then(|e| e.field_error("file").map(|fe| fe.text(i18n.locale)))
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = format!("{hint_id} {error_id}");
    view! {
        <div class="field" class:field-invalid=move || message().is_some()>
            <label for=id>{label}</label>
            <input id=id name="file" type="file" required
                accept=".pdf,.docx,.odt,.rtf,.txt,.md,.markdown,application/pdf,text/plain,text/markdown"
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby=described />
            <p id=hint_id class="field-hint">{hint}</p>
            <p id=error_id class="field-error" aria-live="polite">{message}</p>
        </div>
    }
}
