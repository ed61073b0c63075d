//! The mapping step of the import page. One GET form holds every choice
//! (the field of each column, the order of numeric dates, the stage of
//! each status: `choices.rs`) and checks them again when sent; beside it,
//! the rows that would be refused, and the import form, whose hidden
//! fields repeat the choices that were checked, so what is imported is
//! what the preview showed. An import that stopped part way shows how far
//! it got instead, and goes on with the choices it started with.

use super::choices::{ChoiceInputs, DatesChoice, StatusesChoice};
use super::{Heading, Problems, field_key};
use crate::api::boards::imports::RunImport;
use crate::error::{AppError, FieldError};
use crate::model::import::{IMPORT_FIELDS, ImportColumn, ImportPreview, ImportProgress};
use crate::ui::components::form::FormError;
use crate::ui::components::table_scroll::TableScroll;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Mapping(
    preview: ImportPreview,
    run: ServerAction<RunImport>,
    /// A choice of the address the board does not have, shown above the
    /// choices (which start again from the guesses).
    choice_error: Option<FieldError>,
) -> impl IntoView {
    let error = Signal::derive(move || run.value().get().and_then(|r| r.err()));
    match preview.progress.clone() {
        Some(progress) => view! { <Resume preview progress run error /> }.into_any(),
        None => view! { <Choose preview run error choice_error /> }.into_any(),
    }
}

#[component]
fn Choose(
    preview: ImportPreview,
    run: ServerAction<RunImport>,
    error: Signal<Option<AppError>>,
    choice_error: Option<FieldError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let importable = preview.rows - preview.problems.len();
    let blocked = preview.mapping_error.is_some() || importable == 0;
    let sample = preview.sample.clone();
    let row = move |(i, column): (usize, ImportColumn)| {
        let examples: Vec<String> = sample
            .iter()
            .map(|r| r.get(i).cloned().unwrap_or_default())
            .filter(|c| !c.is_empty())
            .take(3)
            .collect();
        let select_id = format!("map-{i}");
        let current = column.field.clone();
        view! {
            <tr>
                <th scope="row"><label for=select_id.clone()>{column.header.clone()}</label></th>
                <td>
                    <select id=select_id name=format!("map[{i}]")>
                        <option value="" selected=current.is_empty()>{i18n.t("import-leave-out")}</option>
                        {IMPORT_FIELDS.iter().map(|f| view! {
                            <option value=*f selected=current == *f>{i18n.t(&field_key(f))}</option>
                        }).collect_view()}
                    </select>
                </td>
                <td class="muted">{examples.join(" · ")}</td>
            </tr>
        }
    };
    let rows = preview
        .columns
        .clone()
        .into_iter()
        .enumerate()
        .map(row)
        .collect_view();
    view! {
        <section class="import-page" aria-labelledby="import-title">
            <Heading preview=preview.clone() />
            <form method="get" class="card import-choices">
                {choice_error.map(|e| view! {
                    <p class="field-error" role="alert">{e.text(i18n.locale)}</p>
                })}
                <input type="hidden" name="upload" value=preview.id.clone() />
                <h2 id="import-columns-title">{i18n.t("import-mapping-title")}</h2>
                <p class="muted">{i18n.t("import-mapping-lede")}</p>
                <TableScroll labelled_by="import-columns-title">
                    <table class="import-mapping" aria-labelledby="import-columns-title">
                        <thead><tr>
                            <th scope="col">{i18n.t("import-column")}</th>
                            <th scope="col">{i18n.t("import-field")}</th>
                            <th scope="col">{i18n.t("import-examples")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableScroll>
                {preview.mapping_error.clone().map(|key| view! {
                    <p class="field-error" role="alert">{i18n.t(&key)}</p>
                })}
                {preview.dates.clone().map(|reading| view! { <DatesChoice reading /> })}
                <StatusesChoice preview=preview.clone() />
                <button type="submit" class="button button-secondary">{i18n.t("import-check")}</button>
            </form>
            <section class="card" aria-labelledby="import-check-title">
                <h2 id="import-check-title">{i18n.t("import-ready-title")}</h2>
                <p>{i18n.t_with("import-ready", &[("good", importable.into()), ("rows", preview.rows.into())])}</p>
                <Problems problems=preview.problems.clone() />
                <ActionForm action=run>
                    <RunError error />
                    <input type="hidden" name="id" value=preview.id.clone() />
                    <input type="hidden" name="board_id" value=preview.board_id.clone() />
                    <ChoiceInputs preview=preview.clone() />
                    <button type="submit" class="button" disabled=move || blocked || run.pending().get()>
                        {i18n.t_with("import-run", &[("good", importable.into())])}
                    </button>
                </ActionForm>
            </section>
        </section>
    }
}

/// An import that stopped part way: how far it got, and going on.
#[component]
fn Resume(
    preview: ImportPreview,
    progress: ImportProgress,
    run: ServerAction<RunImport>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="import-page" aria-labelledby="import-title">
            <Heading preview=preview.clone() />
            <section class="card" aria-labelledby="import-stopped-title">
                <h2 id="import-stopped-title">{i18n.t("import-stopped-title")}</h2>
                <p>{i18n.t_with("import-stopped", &[
                    ("done", progress.rows_done.into()),
                    ("rows", preview.rows.into()),
                    ("imported", progress.imported.into()),
                ])}</p>
                <ActionForm action=run>
                    <RunError error />
                    <input type="hidden" name="id" value=preview.id.clone() />
                    <input type="hidden" name="board_id" value=preview.board_id.clone() />
                    <button type="submit" class="button" disabled=move || run.pending().get()>
                        {i18n.t("import-resume")}
                    </button>
                </ActionForm>
            </section>
        </section>
    }
}

/// Why the import was refused: a field error's own message (the file is
/// being imported, a stage is gone), or the error of the request.
#[component]
fn RunError(error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let messages = move || match error.get() {
        Some(AppError::Validation(errors)) => errors
            .iter()
            .map(|e| view! { <p class="field-error" role="alert">{e.text(i18n.locale)}</p> })
            .collect_view()
            .into_any(),
        _ => view! { <FormError error /> }.into_any(),
    };
    view! { {messages} }
}
