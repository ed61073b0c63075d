//! `/documents`: the person's documents, searched by title and tag with a
//! plain GET form (the search lives in the address), the room their files
//! take, and the form that uploads a new one.

use super::{FileField, kind_options, language_options, size, upload_errors};
use crate::api::documents::list_documents;
use crate::model::document::{DocumentList, DocumentSummary, StorageUsage, UPLOAD_PATH, kind_key};
use crate::model::format::utc_date;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Field, Notice};
use crate::ui::components::inputs::Select;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::settings::RequireSignIn;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let search = Memo::new(move |_| {
        query.with(|q| {
            (
                q.get("q").unwrap_or_default(),
                q.get("tag").unwrap_or_default(),
            )
        })
    });
    let documents = Resource::new(move || search.get(), |(q, tag)| list_documents(q, tag));
    view! {
        <Title text=i18n.t("documents-title") />
        <RequireSignIn>
            <section class="documents-page" aria-labelledby="documents-title">
                <h1 id="documents-title">{i18n.t("documents-title")}</h1>
                <Notice known=&["document-deleted"] />
                <Suspense>
                    {move || documents.get().map(|r| match r {
                        Ok(list) => view! { <Documents list search=search.get() /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    })}
                </Suspense>
            </section>
        </RequireSignIn>
    }
    .into_any()
}

#[component]
fn Documents(list: DocumentList, search: (String, String)) -> impl IntoView {
    let i18n = use_i18n();
    let (q, tag) = search;
    let filtered = !q.is_empty() || !tag.is_empty();
    let empty = list.documents.is_empty();
    let usage = list.usage;
    view! {
        <p class="muted documents-usage">{usage_text(usage)}</p>
        {list.any.then(|| view! {
            <form class="documents-search" method="get" action="/documents" role="search">
                <div class="field">
                    <label for="documents-q">{i18n.t("documents-search")}</label>
                    <input id="documents-q" name="q" type="search" value=q maxlength="100" />
                </div>
                <div class="field">
                    <label for="documents-tag">{i18n.t("documents-tag")}</label>
                    <input id="documents-tag" name="tag" type="text" value=tag maxlength="100" />
                </div>
                <button type="submit" class="button button-secondary">{i18n.t("documents-search-submit")}</button>
                {filtered.then(|| view! { <a href="/documents">{i18n.t("documents-search-clear")}</a> })}
            </form>
        })}
        {(empty && !list.any).then(|| view! { <p class="muted">{i18n.t("documents-none")}</p> })}
        {(empty && list.any).then(|| view! { <p class="muted">{i18n.t("documents-no-match")}</p> })}
        <ul class="document-list">{list.documents.into_iter().map(|d| view! { <Row d /> }).collect_view()}</ul>
        <UploadForm usage />
    }
    .into_any()
}

/// "You use 1.2 MB of 200 MB. Each file may be up to 10 MB."
fn usage_text(usage: StorageUsage) -> String {
    let i18n = use_i18n();
    i18n.t_with(
        "documents-usage",
        &[
            ("used", size(i18n, usage.used_bytes).into()),
            ("quota", size(i18n, usage.quota_bytes).into()),
            ("max", size(i18n, usage.max_upload_bytes).into()),
        ],
    )
}

#[component]
fn Row(d: DocumentSummary) -> impl IntoView {
    let i18n = use_i18n();
    let versions = i18n.t_with("documents-versions", &[("count", d.versions.into())]);
    let language = i18n.t(&format!("document-language-{}", d.language));
    view! {
        <li class="document-row">
            <div class="document-row-title">
                <a href=format!("/documents/{}", d.id)>{d.title}</a>
                <span class="badge">{i18n.t(&kind_key(&d.kind))}</span>
            </div>
            <p class="muted">
                {language} " · " {versions} " · " {utc_date(d.updated_at)}
                {d.file_name.map(|f| view! { " · " <span class="document-file">{f}</span> })}
            </p>
            {(!d.tags.is_empty()).then(|| view! {
                <ul class="document-tags" aria-label=i18n.t("documents-tags")>
                    {d.tags.into_iter().map(|t| {
                        let href = format!("/documents?tag={}", crate::ui::url::encode(&t));
                        view! { <li><a class="tag" href=href>{t}</a></li> }
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
    .into_any()
}

#[component]
fn UploadForm(usage: StorageUsage) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let error = Signal::derive(move || query.with(upload_errors));
    let hint = i18n.t_with(
        "documents-file-hint",
        &[("max", size(i18n, usage.max_upload_bytes).into())],
    );
    view! {
        <section class="card" id="upload" aria-labelledby="upload-title">
            <h2 id="upload-title">{i18n.t("documents-upload-title")}</h2>
            <form method="post" enctype="multipart/form-data" action=UPLOAD_PATH>
                <div class="field-row">
                    <Select id="upload-kind".into() name="kind" label=i18n.t("document-kind")
                        options=kind_options(i18n) selected="resume" error />
                    <Select id="upload-language".into() name="language" label=i18n.t("document-language")
                        options=language_options(i18n) selected=i18n.locale.tag() error />
                </div>
                <Field name="title" id="upload-title-field" label=i18n.t("document-title") required=true
                    maxlength=100 error />
                <Field name="tags" id="upload-tags" label=i18n.t("document-tags")
                    hint=i18n.t("document-tags-hint") error />
                <FileField id="upload-file" label=i18n.t("documents-file") hint error />
                <button type="submit" class="button">{i18n.t("documents-upload")}</button>
            </form>
        </section>
    }
    .into_any()
}
