//! The two file forms of "Your data": download everything as one archive
//! (P26), and bring such an archive into an account that holds nothing
//! yet. Both are plain forms that post to the server's file endpoints, so
//! they work before hydration and without JavaScript; a refusal comes back
//! in the address (`?export_error=`, `?import_error=`) and shows at its
//! form.

use crate::model::data::{EXPORT_ERRORS, EXPORT_PATH, IMPORT_ERRORS, IMPORT_PATH};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The known error named by the query parameter `name`, translated.
fn query_error(name: &'static str, known: &'static [&'static str]) -> Signal<Option<String>> {
    let i18n = use_i18n();
    let query = use_query_map();
    Signal::derive(move || {
        query
            .with(|q| q.get(name))
            .filter(|key| known.contains(&key.as_str()))
            .map(|key| i18n.t(&key))
    })
}

#[component]
pub fn ExportForm() -> impl IntoView {
    let i18n = use_i18n();
    let error = query_error("export_error", EXPORT_ERRORS);
    view! {
        <section class="card" id="export" aria-labelledby="export-title">
            <h2 id="export-title">{i18n.t("data-export-title")}</h2>
            <p>{i18n.t("data-export-lede")}</p>
            <ul class="data-contents">
                <li>{i18n.t("data-export-json")}</li>
                <li>{i18n.t("data-export-csv")}</li>
                <li>{i18n.t("data-export-secrets")}</li>
            </ul>
            {move || error.get().map(|message| view! {
                <div class="error" role="alert"><p>{message}</p></div>
            })}
            <form method="post" action=EXPORT_PATH>
                <button type="submit" class="button">{i18n.t("data-export-submit")}</button>
            </form>
            <p class="field-hint">{i18n.t("data-export-limit")}</p>
        </section>
    }
}

#[component]
pub fn ImportForm() -> impl IntoView {
    let i18n = use_i18n();
    let error = query_error("import_error", IMPORT_ERRORS);
    view! {
        <section class="card" id="import" aria-labelledby="data-import-title">
            <h2 id="data-import-title">{i18n.t("data-import-title")}</h2>
            <p>{i18n.t("data-import-lede")}</p>
            <form method="post" enctype="multipart/form-data" action=IMPORT_PATH>
                <div class="field" class:field-invalid=move || error.get().is_some()>
                    <label for="data-import-file">{i18n.t("data-import-file")}</label>
                    <input id="data-import-file" name="file" type="file" accept=".zip,application/zip" required
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby="data-import-file-hint data-import-file-error" />
                    <p id="data-import-file-hint" class="field-hint">{i18n.t("data-import-file-hint")}</p>
                    <p id="data-import-file-error" class="field-error" aria-live="polite">{move || error.get()}</p>
                </div>
                <button type="submit" class="button button-secondary">{i18n.t("data-import-submit")}</button>
            </form>
        </section>
    }
}
