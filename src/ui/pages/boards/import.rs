//! `/boards/:id/import`: a CSV file into a board, in three steps that all
//! work as plain forms. Upload the file (a multipart form to the server);
//! check how its columns map to card fields, with a preview of the rows
//! that would be refused and why (a GET form, so the mapping lives in the
//! address); import, and read what was imported and which rows were not.

use super::route_id;
use crate::api::boards::get_board;
use crate::api::boards::imports::{RunImport, preview_import};
use crate::model::import::{IMPORT_FIELDS, ImportPreview, ImportReport, RowProblem};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::FormError;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::settings::RequireSignIn;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The errors an upload can come back with (`?error=`).
const UPLOAD_ERRORS: &[&str] = &[
    "error-import-no-file",
    "error-import-too-large",
    "error-import-encoding",
    "error-import-not-csv",
    "error-import-empty",
    "error-import-too-many-rows",
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

#[component]
fn Preview(id: String) -> impl IntoView {
    let query = use_query_map();
    let run = ServerAction::<RunImport>::new();
    let mapping = Memo::new(move |_| {
        query.with(|q| {
            (0..)
                .map_while(|i| q.get(&format!("map[{i}]")))
                .collect::<Vec<String>>()
        })
    });
    let upload = StoredValue::new(id);
    let preview = Resource::new(
        move || (upload.get_value(), mapping.get(), run.version().get()),
        |(id, map, _)| preview_import(id, map),
    );
    view! {
        <Suspense>
            {move || preview.get().map(|r| match r {
                Ok(p) => match p.report.clone() {
                    Some(report) => view! { <Report preview=p report /> }.into_any(),
                    None => view! { <Mapping preview=p run /> }.into_any(),
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
fn Mapping(preview: ImportPreview, run: ServerAction<RunImport>) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::derive(move || run.value().get().and_then(|r| r.err()));
    let importable = preview.rows - preview.problems.len();
    let blocked = preview.mapping_error.is_some() || importable == 0;
    let columns = preview.columns.clone();
    let sample = preview.sample.clone();
    let row = move |(i, column): (usize, crate::model::import::ImportColumn)| {
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
    view! {
        <section class="import-page" aria-labelledby="import-title">
            <Heading preview=preview.clone() />
            <form method="get" class="card">
                <h2>{i18n.t("import-mapping-title")}</h2>
                <p class="muted">{i18n.t("import-mapping-lede")}</p>
                <input type="hidden" name="upload" value=preview.id.clone() />
                <div class="table-scroll">
                    <table class="import-mapping">
                        <thead><tr>
                            <th scope="col">{i18n.t("import-column")}</th>
                            <th scope="col">{i18n.t("import-field")}</th>
                            <th scope="col">{i18n.t("import-examples")}</th>
                        </tr></thead>
                        <tbody>{columns.into_iter().enumerate().map(row).collect_view()}</tbody>
                    </table>
                </div>
                {preview.mapping_error.clone().map(|key| view! {
                    <p class="field-error" role="alert">{i18n.t(&key)}</p>
                })}
                <button type="submit" class="button button-secondary">{i18n.t("import-check")}</button>
            </form>
            <section class="card" aria-labelledby="import-check-title">
                <h2 id="import-check-title">{i18n.t("import-ready-title")}</h2>
                <p>{i18n.t_with("import-ready", &[("good", importable.into()), ("rows", preview.rows.into())])}</p>
                <Problems problems=preview.problems.clone() />
                <ActionForm action=run>
                    <FormError error />
                    <input type="hidden" name="id" value=preview.id.clone() />
                    <input type="hidden" name="board_id" value=preview.board_id.clone() />
                    {preview.columns.iter().enumerate().map(|(i, c)| view! {
                        <input type="hidden" name=format!("map[{i}]") value=c.field.clone() />
                    }).collect_view()}
                    <button type="submit" class="button" disabled=move || blocked || run.pending().get()>
                        {i18n.t_with("import-run", &[("good", importable.into())])}
                    </button>
                </ActionForm>
            </section>
        </section>
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
