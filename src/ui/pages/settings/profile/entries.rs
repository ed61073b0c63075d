//! Dated entries (jobs, courses): a section that lists them, each with an
//! edit form and a delete button, and a form to add one. What differs per
//! kind of entry is its [`EntryKind`].

use crate::error::AppError;
use crate::ui::components::form::{Field, FormAction, FormError, last_error_of};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// A kind of dated entry on the profile page.
pub trait EntryKind: Clone + Send + Sync + 'static {
    /// Adds (empty `id`) or corrects an entry.
    type Save: FormAction;
    /// Deletes the entry `id`.
    type Delete: FormAction;
    /// Prefix of the ids and of the keys `profile-{NAME}-title` and
    /// `profile-{NAME}-add`.
    const NAME: &'static str;
    /// The label key of the end month.
    const END_LABEL: &'static str;

    fn dated(&self) -> Dated<'_>;
    /// The list's words for the entry, before its months.
    fn head(&self) -> AnyView;
    /// The form's fields before the months, filled from `entry` when it
    /// corrects one; `id` makes a field's id.
    fn fields(
        entry: Option<&Self>,
        id: &dyn Fn(&str) -> String,
        error: Signal<Option<AppError>>,
    ) -> AnyView;
    /// The form's fields after the months; none unless a kind has some.
    fn more_fields(
        entry: Option<&Self>,
        id: &dyn Fn(&str) -> String,
        error: Signal<Option<AppError>>,
    ) -> AnyView {
        let _ = (entry, id, error);
        ().into_any()
    }
}

/// An entry's id and months (`YYYY-MM`); no end while it lasts.
pub struct Dated<'a> {
    pub id: &'a str,
    pub start: &'a str,
    pub end: Option<&'a str>,
}

#[component]
pub fn EntriesSection<K: EntryKind>(entries: Vec<K>) -> impl IntoView {
    let i18n = use_i18n();
    let empty = entries.is_empty();
    let title_id = format!("{}-title", K::NAME);
    let labelled_by = title_id.clone();
    let new: Option<K> = None;
    let refused = refused::<K>("");
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=title_id>{i18n.t(&format!("profile-{}-title", K::NAME))}</h2>
            {empty.then(|| view! { <p class="muted">{i18n.t("profile-none-yet")}</p> })}
            <ul class="profile-entries">
                {entries.into_iter().map(|entry| view! { <Entry entry /> }).collect_view()}
            </ul>
            <details class="profile-add" open=refused>
                <summary class="button button-secondary">
                    {i18n.t(&format!("profile-{}-add", K::NAME))}
                </summary>
                <EntryForm entry=new />
            </details>
        </section>
    }
}

#[component]
fn Entry<K: EntryKind>(entry: K) -> impl IntoView {
    let i18n = use_i18n();
    let delete = ServerAction::<K::Delete>::new();
    let dated = entry.dated();
    let (id, start) = (dated.id.to_string(), dated.start.to_string());
    let delete_error = last_error_of(delete.value(), "id", &id);
    let end = dated
        .end
        .map(str::to_string)
        .unwrap_or_else(|| i18n.t("profile-present"));
    let head = entry.head();
    let open = refused::<K>(&id);
    view! {
        <li class="profile-entry">
            <p class="profile-entry-head">
                {head}
                <span class="muted">" · " {start} " – " {end}</span>
            </p>
            <details open=open>
                <summary>{i18n.t("profile-edit")}</summary>
                <EntryForm entry=Some(entry) />
            </details>
            <ActionForm action=delete>
                <FormError error=delete_error />
                <input type="hidden" name="id" value=id />
                <button type="submit" class="button button-small button-danger">{i18n.t("profile-delete")}</button>
            </ActionForm>
        </li>
    }
}

/// Whether the form of entry `id` (empty: the new entry) was just refused,
/// so that it opens to show its errors.
fn refused<K: EntryKind>(id: &str) -> bool {
    let action = ServerAction::<K::Save>::new();
    action.value().with_untracked(|v| matches!(v, Some(Err(_))))
        && crate::api::typed::from_this_form("id", id)
}

/// Adds an entry (`None`) or corrects one.
#[component]
fn EntryForm<K: EntryKind>(entry: Option<K>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<K::Save>::new();
    let dated = entry.as_ref().map(K::dated);
    let entry_id = dated.as_ref().map_or("", |d| d.id).to_string();
    let start = dated.as_ref().map_or("", |d| d.start).to_string();
    let end = dated.and_then(|d| d.end).unwrap_or_default().to_string();
    let key = if entry_id.is_empty() {
        "new".to_string()
    } else {
        entry_id.clone()
    };
    // Several forms share the action: the error shows at the refused one.
    let error = last_error_of(action.value(), "id", &entry_id);
    let id = move |name: &str| format!("{}-{key}-{name}", K::NAME);
    let entry = entry.as_ref();
    let fields = K::fields(entry, &id, error);
    let more_fields = K::more_fields(entry, &id, error);
    view! {
        <ActionForm action>
            <FormError error />
            <input type="hidden" name="id" value=entry_id />
            {fields}
            <div class="profile-months">
                <Field name="start_month" id=id("start") kind="month" label=i18n.t("field-start-month")
                    required=true maxlength=7 value=start error />
                <Field name="end_month" id=id("end") kind="month" label=i18n.t(K::END_LABEL)
                    maxlength=7 value=end error />
            </div>
            {more_fields}
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {i18n.t("profile-save")}
            </button>
        </ActionForm>
    }
}
