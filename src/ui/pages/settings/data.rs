//! `/settings/data`, "Your data" (P23, P24, P26): what Offerline holds
//! about the person, category by category with the number of records and a
//! link to where each is corrected; the download of all of it and the
//! import of an earlier download (`data_transfer.rs`); the consent history,
//! the account history and every time staff acted on the account. All of
//! it renders on the server and works without JavaScript.

use super::data_transfer::{ExportForm, ImportForm, prepared_export};
use super::{RequireSignIn, SettingsNav};
use crate::api::privacy::data::get_data_summary;
use crate::i18n::MISSING_MARKER;
use crate::model::data::{CATEGORIES, DataSummary, category_of};
use crate::model::format::utc_datetime;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::Notice;
use crate::ui::components::table_scroll::TableScroll;
use crate::ui::i18n::{I18n, use_i18n};
use leptos::prelude::*;
use leptos_meta::Title;

/// The translation of `key`, or `raw` as it is stored when the catalogue
/// has none (a purpose or an action added after this page was written).
fn label_or(i18n: I18n, key: &str, raw: &str) -> String {
    let text = i18n.t(key);
    if text.starts_with(MISSING_MARKER) {
        raw.to_string()
    } else {
        text
    }
}

/// A stored code (`sign_in_failed`, `account.deleted_minor`) as the tail
/// of a translation key.
fn key_part(code: &str) -> String {
    code.replace(['_', '.'], "-")
}

#[component]
pub fn DataPage() -> impl IntoView {
    let i18n = use_i18n();
    let summary = Resource::new(|| (), |_| get_data_summary());
    let prepared = prepared_export();
    view! {
        <Title text=i18n.t("settings-data") />
        <RequireSignIn>
            <section class="settings" aria-labelledby="settings-title">
                <h1 id="settings-title">{i18n.t("settings-title")}</h1>
                <SettingsNav current="data" />
                <Notice known=&["data-imported", "export-queued"] />
                <Suspense>
                    {move || summary.get().map(|r| match r {
                        Ok(summary) => view! {
                            <Held summary=summary.clone() />
                            <ExportForm prepared />
                            <ImportForm />
                            <Consents summary=summary.clone() />
                            <History summary=summary.clone() />
                            <StaffAccessList summary />
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    })}
                </Suspense>
            </section>
        </RequireSignIn>
    }
}

/// The categories with their counts, each linked to its editing page.
#[component]
fn Held(summary: DataSummary) -> impl IntoView {
    let i18n = use_i18n();
    let mut rows: Vec<(String, i64, Option<&'static str>)> = CATEGORIES
        .iter()
        .map(|c| {
            let count = c.tables.iter().map(|t| summary.rows(t)).sum();
            (i18n.t(c.label), count, c.edit)
        })
        .collect();
    // A table no category names yet still shows, under its own name.
    for t in summary
        .tables
        .iter()
        .filter(|t| category_of(&t.table).is_none())
    {
        rows.push((t.table.clone(), t.rows, None));
    }
    view! {
        <section class="card" aria-labelledby="held-title">
            <h2 id="held-title">{i18n.t("data-held-title")}</h2>
            <p class="muted">{i18n.t("data-held-lede")}</p>
            <TableScroll labelled_by="held-title">
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("data-col-category")}</th>
                            <th scope="col" class="data-count">{i18n.t("data-col-records")}</th>
                            <th scope="col">{i18n.t("data-col-correct")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|(label, count, edit)| view! {
                            <tr>
                                <th scope="row">{label.clone()}</th>
                                <td class="data-count">{count}</td>
                                <td>
                                    {match edit {
                                        Some(href) => view! {
                                            <a href=href>
                                                {i18n.t("data-edit")}
                                                <span class="sr-only">{format!(": {label}")}</span>
                                            </a>
                                        }.into_any(),
                                        None => view! { <span class="muted">{i18n.t("data-edit-none")}</span> }.into_any(),
                                    }}
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </TableScroll>
        </section>
    }
}

#[component]
fn Consents(summary: DataSummary) -> impl IntoView {
    let i18n = use_i18n();
    let body = if summary.consents.is_empty() {
        view! { <p class="muted">{i18n.t("data-consents-none")}</p> }.into_any()
    } else {
        view! {
            <TableScroll labelled_by="consents-title">
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("data-col-when")}</th>
                            <th scope="col">{i18n.t("data-col-purpose")}</th>
                            <th scope="col">{i18n.t("data-col-choice")}</th>
                            <th scope="col">{i18n.t("data-col-policy")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {summary.consents.into_iter().map(|c| view! {
                            <tr>
                                <td>{utc_datetime(c.at)}</td>
                                <td>{label_or(i18n, &format!("data-purpose-{}", key_part(&c.purpose)), &c.purpose)}</td>
                                <td>{i18n.t(if c.granted { "data-granted" } else { "data-refused" })}</td>
                                <td>{c.policy_version}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </TableScroll>
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="consents-title">
            <h2 id="consents-title">{i18n.t("data-consents-title")}</h2>
            {body}
        </section>
    }
}

#[component]
fn History(summary: DataSummary) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="data-history-title">
            <h2 id="data-history-title">{i18n.t("data-history-title")}</h2>
            <p class="muted">{i18n.t("data-history-lede")}</p>
            <ul class="history">
                {summary.history.into_iter().map(|e| view! {
                    <li>
                        <span>{label_or(i18n, &format!("event-{}", key_part(&e.kind)), &e.kind)}</span>
                        <span class="muted">{utc_datetime(e.at)} " " {e.device}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn StaffAccessList(summary: DataSummary) -> impl IntoView {
    let i18n = use_i18n();
    let body = if summary.staff_access.is_empty() {
        view! { <p>{i18n.t("data-staff-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="history">
                {summary.staff_access.into_iter().map(|s| view! {
                    <li>
                        <span>{label_or(i18n, &format!("data-staff-{}", key_part(&s.action)), &s.action)}</span>
                        <span class="muted">{utc_datetime(s.at)}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="staff-title">
            <h2 id="staff-title">{i18n.t("data-staff-title")}</h2>
            <p class="muted">{i18n.t("data-staff-lede")}</p>
            {body}
        </section>
    }
}
