//! `/boards/:id/import`: a CSV file into a board, in three steps that all
//! work as plain forms. Upload the file (a multipart form to the server);
//! check how its columns map to card fields, how its dates are read and
//! which stage each of its statuses goes to, with a preview of the rows
//! that would be refused and why (a GET form, so the choices live in the
//! address: `mapping.rs`, `choices.rs`); import, and read what was
//! imported and which rows were not.

mod choices;
mod mapping;

use super::route_id;
use crate::api::boards::get_board;
use crate::api::boards::imports::{RunImport, preview_import};
use crate::error::{AppError, FieldError};
use crate::model::import::{ImportPreview, ImportReport, RowProblem, StatusChoice};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::settings::RequireSignIn;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use mapping::Mapping;

/// The errors an upload can come back with (`?error=`).
const UPLOAD_ERRORS: &[&str] = &[
    "error-import-no-file",
    "error-import-too-large",
    "error-import-encoding",
    "error-import-not-csv",
    "error-import-empty",
    "error-import-too-many-rows",
    "error-import-too-many-columns",
];

/// The label of a card field a column can fill.
fn field_key(field: &str) -> String {
    format!("import-field-{}", field.replace('_', "-"))
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let query = use_query_map();
    let upload = Memo::new(move |_| query.with(|q| q.get("upload")));
    view! {
        <RequireSignIn>
            {move || match upload.get() {
                Some(id) => view! { <Preview id /> }.into_any(),
                None => view! { <UploadForm /> }.into_any(),
            }}
        </RequireSignIn>
    }
}

#[component]
fn UploadForm() -> impl IntoView {
    let i18n = use_i18n();
    let id = route_id();
    let query = use_query_map();
    let board = Resource::new(move || id.get(), get_board);
    let error = move || {
        query
            .with(|q| q.get("error"))
            .filter(|key| UPLOAD_ERRORS.contains(&key.as_str()))
            .map(|key| i18n.t(&key))
    };
    view! {
        <Title text=i18n.t("import-title") />
        <Suspense>
            {move || board.get().map(|r| match r {
                Ok(board) => view! {
                    <section class="import-page" aria-labelledby="import-title">
                        <p class="breadcrumbs"><a href=format!("/boards/{}", board.id)>{board.name.clone()}</a></p>
                        <h1 id="import-title">{i18n.t("import-title")}</h1>
                        <p>{i18n.t("import-lede")}</p>
                        <form class="card" method="post" enctype="multipart/form-data"
                            action=format!("/boards/{}/import", board.id)>
                            <div class="field" class:field-invalid=move || error().is_some()>
                                <label for="import-file">{i18n.t("import-file")}</label>
                                <input id="import-file" name="file" type="file" accept=".csv,text/csv" required
                                    aria-invalid=move || error().is_some().then_some("true")
                                    aria-describedby="import-file-hint import-file-error" />
                                <p id="import-file-hint" class="field-hint">{i18n.t("import-file-hint")}</p>
                                <p id="import-file-error" class="field-error" aria-live="polite">{error}</p>
                            </div>
                            <button type="submit" class="button">{i18n.t("import-upload")}</button>
                        </form>
                    </section>
                }.into_any(),
                Err(error) => view! { <ErrorNotice error /> }.into_any(),
            })}
        </Suspense>
    }
}

/// The choices of the mapping form, as the address holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Chosen {
    map: Vec<String>,
    order: String,
    statuses: Vec<StatusChoice>,
}

fn chosen_in(q: &leptos_router::params::ParamsMap) -> Chosen {
    Chosen {
        map: (0..).map_while(|i| q.get(&format!("map[{i}]"))).collect(),
        order: q.get("order").unwrap_or_default(),
        statuses: (0..)
            .map_while(|i| {
                Some(StatusChoice {
                    value: q.get(&format!("statuses[{i}][value]"))?,
                    stage: q.get(&format!("statuses[{i}][stage]"))?,
                })
            })
            .collect(),
    }
}

/// The preview under the address's choices. A date order or stage the
/// board does not have (a stage deleted in another tab since) is shown as
/// an error above the choices, which start again from the guesses.
async fn preview_with(
    id: String,
    chosen: Chosen,
) -> Result<(ImportPreview, Option<FieldError>), AppError> {
    let Chosen {
        map,
        order,
        statuses,
    } = chosen;
    match preview_import(id.clone(), map.clone(), order, statuses).await {
        Err(AppError::Validation(errors))
            if errors
                .iter()
                .any(|e| e.field == "order" || e.field == "statuses") =>
        {
            let preview = preview_import(id, map, String::new(), Vec::new()).await?;
            Ok((preview, errors.into_iter().next()))
        }
        other => other.map(|p| (p, None)),
    }
}

#[component]
fn Preview(id: String) -> impl IntoView {
    let query = use_query_map();
    let run = ServerAction::<RunImport>::new();
    let chosen = Memo::new(move |_| query.with(chosen_in));
    let upload = StoredValue::new(id);
    let preview = Resource::new(
        move || (upload.get_value(), chosen.get(), run.version().get()),
        |(id, chosen, _)| preview_with(id, chosen),
    );
    view! {
        <Suspense>
            {move || preview.get().map(|r| match r {
                Ok((p, choice_error)) => match p.report.clone() {
                    Some(report) => view! { <Report preview=p report /> }.into_any(),
                    None => view! { <Mapping preview=p run choice_error /> }.into_any(),
                },
                Err(error) => view! { <ErrorNotice error /> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Heading(preview: ImportPreview) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("import-title") />
        <p class="breadcrumbs"><a href=format!("/boards/{}", preview.board_id)>{preview.board_name.clone()}</a></p>
        <h1 id="import-title">{i18n.t("import-title")}</h1>
        <p class="muted">
            {i18n.t_with("import-file-summary", &[
                ("file", preview.file_name.clone().into()),
                ("rows", preview.rows.into()),
            ])}
        </p>
    }
}

#[component]
fn Report(preview: ImportPreview, report: ImportReport) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="import-page" aria-labelledby="import-title">
            <Heading preview=preview.clone() />
            <div class="card">
                <p class="notice" role="status">{i18n.t_with("import-done", &[("imported", report.imported.into())])}</p>
                {(!report.skipped.is_empty()).then(|| view! {
                    <p>{i18n.t_with("import-skipped", &[("skipped", report.skipped.len().into())])}</p>
                    <Problems problems=report.skipped.clone() />
                })}
                <p><a class="button" href=format!("/boards/{}", preview.board_id)>{i18n.t("import-open-board")}</a></p>
            </div>
        </section>
    }
}

/// Rows that are (or were) not imported: line, field and reason.
#[component]
fn Problems(problems: Vec<RowProblem>) -> impl IntoView {
    let i18n = use_i18n();
    (!problems.is_empty()).then(|| {
        view! {
            <ul class="import-problems">
                {problems.into_iter().map(|p| {
                    let reasons = p.errors.iter()
                        .map(|e| format!("{}: {}", i18n.t(&field_key(&e.field)), e.text(i18n.locale)))
                        .collect::<Vec<_>>()
                        .join(" ");
                    view! {
                        <li>
                            <strong>{i18n.t_with("import-line", &[("line", p.line.into())])}</strong>
                            " " {reasons}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}
