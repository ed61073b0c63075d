//! The two file forms of "Your data": download everything as one archive
//! (P26), and bring such an archive into an account that holds nothing
//! yet. Both are plain forms that post to the server's file endpoints, so
//! they work before hydration and without JavaScript; a refusal comes back
//! in the address (`?export_error=`, `?import_error=`) and shows at its
//! form. A large account's export is prepared in the background: its
//! progress shows here, followed every few seconds once the page is live
//! (an island; a link refreshes it without JavaScript).

use crate::api::privacy::data::get_prepared_export;
use crate::error::AppError;
use crate::model::data::{
    EXPORT_ERRORS, EXPORT_PATH, IMPORT_ERRORS, IMPORT_PATH, PreparedExport, PreparedState,
};
use crate::model::format::utc_datetime;
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
pub fn ExportForm(prepared: PreparedResource) -> impl IntoView {
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
            <Prepared prepared />
            <form method="post" action=EXPORT_PATH>
                <button type="submit" class="button">{i18n.t("data-export-submit")}</button>
            </form>
            <p class="field-hint">{i18n.t("data-export-limit")}</p>
            <p class="field-hint">{i18n.t("data-export-large")}</p>
        </section>
    }
}

/// How often the live page looks at a preparation under way.
#[cfg(feature = "hydrate")]
const POLL_MS: u64 = 2000;

/// What [`ExportForm`] shows of a prepared export.
pub type PreparedResource = Resource<Result<Option<PreparedExport>, AppError>>;

/// The person's prepared export, if any.
pub fn prepared_export() -> PreparedResource {
    Resource::new(|| (), |_| get_prepared_export())
}

/// The export being prepared, or ready and waiting in the mailbox.
#[component]
fn Prepared(prepared: PreparedResource) -> impl IntoView {
    view! {
        <Transition>
            {move || prepared.get().and_then(Result::ok).flatten().map(|export| view! {
                <PreparedStatus export />
            })}
        </Transition>
    }
}

#[component]
fn PreparedStatus(export: PreparedExport) -> impl IntoView {
    let i18n = use_i18n();
    match export.state {
        PreparedState::Queued | PreparedState::Running => {
            let texts = ProgressTexts {
                preparing: i18n.t("data-export-preparing"),
                queued: i18n.t("data-export-queued"),
                progress: i18n.t_with(
                    "data-export-progress",
                    &[
                        ("percent", "{percent}".into()),
                        ("done", "{done}".into()),
                        ("total", "{total}".into()),
                    ],
                ),
                hint: i18n.t("data-export-preparing-hint"),
                refresh: i18n.t("data-export-refresh"),
            };
            view! { <ExportProgress export texts /> }.into_any()
        }
        PreparedState::Ready => view! {
            <p class="notice" role="status">{i18n.t_with("data-export-ready", &[(
                "expires",
                export.expires_at.map(utc_datetime).unwrap_or_default().into(),
            )])}</p>
        }
        .into_any(),
        PreparedState::Failed => view! {
            <div class="error" role="alert"><p>{i18n.t("data-export-failed")}</p></div>
        }
        .into_any(),
        PreparedState::Downloaded | PreparedState::Expired => ().into_any(),
    }
}

/// The words of [`ExportProgress`], translated on the server; `progress`
/// holds `{percent}`, `{done}` and `{total}`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct ProgressTexts {
    preparing: String,
    queued: String,
    progress: String,
    hint: String,
    refresh: String,
}

/// A preparation under way. Once live it asks the server every few seconds
/// and moves the bar; when the preparation ends, the page loads again to
/// show the outcome.
#[island]
fn ExportProgress(export: PreparedExport, texts: ProgressTexts) -> impl IntoView {
    let export = RwSignal::new(export);
    #[cfg(feature = "hydrate")]
    {
        let handle = set_interval_with_handle(
            move || {
                leptos::task::spawn_local(async move {
                    use crate::api::privacy::data::GetPreparedExport;
                    use leptos::server_fn::ServerFn;
                    // A hiccup (no answer, or one not understood): the next
                    // tick asks again.
                    let Ok(text) = crate::ui::browser::call(GetPreparedExport::url(), &[]).await
                    else {
                        return;
                    };
                    match serde_json::from_str::<Option<PreparedExport>>(&text) {
                        Ok(Some(now)) if now.in_progress() => export.set(now),
                        Ok(_) => crate::ui::browser::reload(),
                        Err(_) => {}
                    }
                });
            },
            std::time::Duration::from_millis(POLL_MS),
        );
        if let Ok(handle) = handle {
            on_cleanup(move || handle.clear());
        }
    }
    let started = move || export.with(|e| e.state == PreparedState::Running && e.rows_total > 0);
    let percent = move || export.with(PreparedExport::percent);
    let label = move || {
        if started() {
            export.with(|e| {
                texts
                    .progress
                    .replace("{percent}", &e.percent().to_string())
                    .replace("{done}", &e.rows_done.to_string())
                    .replace("{total}", &e.rows_total.to_string())
            })
        } else {
            texts.queued.clone()
        }
    };
    view! {
        <div class="export-progress" role="status" aria-live="polite">
            <p><strong>{texts.preparing.clone()}</strong></p>
            <progress max="100" value=move || started().then(percent) aria-labelledby="export-progress-label">
                {move || started().then(|| format!("{}%", percent()))}
            </progress>
            <p id="export-progress-label">{label}</p>
            <p class="field-hint">{texts.hint.clone()}</p>
            <p><a href="/settings/data#export">{texts.refresh.clone()}</a></p>
        </div>
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
            <ImportSkipped />
        </section>
    }
}

/// The rows an import left out, as the address names them after it
/// (`?skipped=` and the first ones as
/// `problem=<table>.<row>.<field>.<key>[.<max>]`).
#[component]
fn ImportSkipped() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let skipped = query.with_untracked(|q| q.get("skipped").and_then(|n| n.parse::<usize>().ok()));
    let problems: Vec<String> = query.with_untracked(|q| {
        q.get_all("problem")
            .unwrap_or_default()
            .iter()
            .filter_map(|p| problem_text(i18n, p))
            .collect()
    });
    skipped.filter(|n| *n > 0).map(|count| {
        view! {
            <div class="notice" role="status">
                <p>{i18n.t_with("data-import-skipped", &[("count", count.into())])}</p>
                {(!problems.is_empty()).then(|| view! {
                    <p>{i18n.t("data-import-skipped-first")}</p>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                })}
            </div>
        }
    })
}

/// One left-out row, said in the person's language: where it was and why.
fn problem_text(i18n: crate::ui::i18n::I18n, problem: &str) -> Option<String> {
    let mut parts = problem.split('.');
    let (table, row, _field, key) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    // An error message's key, nothing else from the address.
    let known = key.split('-').next() == Some("error")
        && key.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    let category = crate::model::data::category_of(table)?;
    let row: usize = row.parse().ok()?;
    let max: Option<u32> = parts.next().and_then(|m| m.parse().ok());
    let message = match max {
        Some(max) if known => i18n.t_with(key, &[("max", max.into())]),
        _ if known => i18n.t(key),
        _ => return None,
    };
    Some(i18n.t_with(
        "data-import-problem",
        &[
            ("table", i18n.t(category.label).into()),
            ("row", row.into()),
            ("message", message.into()),
        ],
    ))
}
