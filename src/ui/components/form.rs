//! Form building blocks shared by every form: a labelled field that shows
//! its own translated error, and the message for errors that belong to no
//! field. Errors come from a server action's last result, which also holds
//! after a plain (no JavaScript) form post.

use crate::error::AppError;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::client::browser::BrowserClient;
use leptos::server_fn::codec::{Json, PostUrl};
use leptos::server_fn::{Http, ServerFn};
use serde::de::DeserializeOwned;

/// A server function that an `ActionForm` posts: form fields in, JSON out,
/// an [`AppError`] when it fails. Lets one component serve several actions.
pub trait FormAction:
    ServerFn<
        Protocol = Http<PostUrl, Json>,
        Client = BrowserClient,
        Error = AppError,
        Output: Clone + Send + Sync + 'static,
    > + DeserializeOwned
    + Clone
    + Send
    + Sync
    + 'static
{
}

impl<T> FormAction for T where
    T: ServerFn<
            Protocol = Http<PostUrl, Json>,
            Client = BrowserClient,
            Error = AppError,
            Output: Clone + Send + Sync + 'static,
        > + DeserializeOwned
        + Clone
        + Send
        + Sync
        + 'static
{
}

/// The error of an action's last result, if it failed.
pub fn last_error<T, S>(value: S) -> Signal<Option<AppError>>
where
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.get().and_then(|r| r.err()))
}

/// [`last_error`] for one of several forms of one action on a page, the
/// one that sends `value` in field `name` (its hidden `id`, say): the
/// error shows only at the form that was refused.
pub fn last_error_of<T, S>(value: S, name: &str, sent: &str) -> Signal<Option<AppError>>
where
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    let error = last_error(value);
    let mine = crate::api::typed::from_this_form(name, sent);
    Signal::derive(move || error.get().filter(|_| mine))
}

/// A labelled input. Its error (translated) sits right under it and is tied
/// to it with `aria-describedby`; the typed value stays in place.
#[component]
pub fn Field(
    /// The form field's name, also the key of its errors.
    name: &'static str,
    #[prop(into)] label: String,
    /// The input type: text, email, password, …
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] value: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] minlength: Option<usize>,
    #[prop(optional)] maxlength: Option<usize>,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
    error: Signal<Option<AppError>>,
    /// The input's id when a page has several forms with this field;
    /// `field-{name}` otherwise.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = crate::api::typed::value(name, error).unwrap_or(value);
    let id = id.unwrap_or_else(|| format!("field-{name}"));
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let message = move || {
        error
            .get()
            .and_then(|e| e.field_error(name).map(|fe| fe.text(i18n.locale)))
    };
    let described = {
        let error_id = error_id.clone();
        let hint_id = hint_id.clone();
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if message().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                required=required
                minlength=minlength
                maxlength=maxlength
                list=list
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby=described
            />
            {hint.map(|h| view! { <p id=hint_id class="field-hint">{h}</p> })}
            <p id=error_id class="field-error" aria-live="polite">{message}</p>
        </div>
    }
}

/// A checkbox with its label and error.
#[component]
pub fn Checkbox(
    name: &'static str,
    children: Children,
    #[prop(optional)] required: bool,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let message = move || {
        error
            .get()
            .and_then(|e| e.field_error(name).map(|fe| fe.text(i18n.locale)))
    };
    view! {
        <div class="field field-check" class:field-invalid=move || message().is_some()>
            <input
                id=id.clone()
                name=name
                type="checkbox"
                checked=crate::api::typed::checked(name, error).unwrap_or(false)
                required=required
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby=error_id.clone()
            />
            <label for=id>{children()}</label>
            <p id=error_id class="field-error" aria-live="polite">{message}</p>
        </div>
    }
}

/// The error of a form that belongs to no single field: rate limits,
/// sign-in required, server trouble. Field errors show at their fields.
#[component]
pub fn FormError(error: Signal<Option<AppError>>) -> impl IntoView {
    move || {
        error
            .get()
            .filter(|e| !matches!(e, AppError::Validation(_)))
            .map(|error| view! { <ErrorNotice error /> })
    }
}

/// A notice named in the URL (`?notice=password-changed`) after a redirect,
/// shown only when it is one of `known`.
#[component]
pub fn Notice(known: &'static [&'static str]) -> impl IntoView {
    let i18n = use_i18n();
    let query = leptos_router::hooks::use_query_map();
    move || {
        let notice = query.with(|q| q.get("notice"))?;
        let key = known.iter().find(|k| **k == notice)?;
        Some(view! {
            <p class="notice" role="status">{i18n.t(&format!("notice-{key}"))}</p>
        })
    }
}
