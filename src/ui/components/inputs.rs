//! Labelled inputs the shared `Field` does not cover: a select, a text
//! area and a checkbox, each with an explicit id (a page holds several
//! forms with the same field names) and its translated error.

use crate::error::AppError;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The translated error of `name` in `error`.
fn message(
    error: Signal<Option<AppError>>,
    name: &'static str,
) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        error
            .get()
            .and_then(|e| e.field_error(name).map(|fe| fe.text(i18n.locale)))
    }
}

/// A select among `(value, label)` options.
#[component]
pub fn Select(
    id: String,
    name: &'static str,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into)] selected: String,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let selected = crate::api::typed::value(name, error).unwrap_or(selected);
    let error_id = format!("{id}-error");
    let message = message(error, name);
    let invalid = message.clone();
    view! {
        <div class="field" class:field-invalid=move || invalid().is_some()>
            <label for=id.clone()>{label}</label>
            <select id=id name=name aria-describedby=error_id.clone()>
                {options.into_iter().map(|(value, text)| {
                    let chosen = value == selected;
                    view! { <option value=value selected=chosen>{text}</option> }
                }).collect_view()}
            </select>
            <p id=error_id class="field-error" aria-live="polite">{message}</p>
        </div>
    }
}

#[component]
pub fn TextArea(
    id: String,
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    maxlength: usize,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let value = crate::api::typed::value(name, error).unwrap_or(value);
    let error_id = format!("{id}-error");
    let message = message(error, name);
    let invalid = message.clone();
    view! {
        <div class="field" class:field-invalid=move || invalid().is_some()>
            <label for=id.clone()>{label}</label>
            // Set as markup, escaped: Leptos writes a text area's children
            // unescaped on the server, where `</textarea>` would end it.
            <textarea id=id name=name rows="4" maxlength=maxlength aria-describedby=error_id.clone()
                inner_html=escape(&value)></textarea>
            <p id=error_id class="field-error" aria-live="polite">{message}</p>
        </div>
    }
}

/// `&`, `<` and `>` as character references; a text area reads them back
/// as the characters.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A checkbox sent as `name=on` when ticked.
#[component]
pub fn Check(
    id: String,
    name: &'static str,
    #[prop(into)] label: String,
    checked: bool,
) -> impl IntoView {
    view! {
        <div class="field field-check">
            <input id=id.clone() name=name type="checkbox" checked=checked />
            <label for=id>{label}</label>
        </div>
    }
}

/// A field error that belongs to a group of checkboxes.
#[component]
pub fn GroupError(name: &'static str, error: Signal<Option<AppError>>) -> impl IntoView {
    let message = message(error, name);
    view! { <p class="field-error" aria-live="polite">{message}</p> }
}
