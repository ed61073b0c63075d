//! `/documents/:id`: one document. Its versions, newest first, each to
//! download or delete; a form for the next version (a file and an
//! optional label, such as "Mollie, backend"); its details, correctable;
//! and deleting it with every version, after ticking a confirmation.

use super::{FileField, kind_options, language_options, size, upload_errors};
use crate::api::documents::{DeleteDocument, DeleteDocumentVersion, UpdateDocument, get_document};
use crate::model::document::{Document, DocumentVersion, kind_key, versions_path};
use crate::model::format::utc_datetime;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Checkbox, Field, FormError, Notice, last_error};
use crate::ui::components::inputs::Select;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::settings::RequireSignIn;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn DocumentPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let document = Resource::new(move || id.get(), get_document);
    view! {
        <RequireSignIn>
            <Suspense>
                {move || document.get().map(|r| match r {
                    Ok(document) => view! { <Detail document /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Suspense>
        </RequireSignIn>
    }
    .into_any()
}

#[component]
fn Detail(document: Document) -> impl IntoView {
    let i18n = use_i18n();
    let id = document.id.clone();
    view! {
        <Title text=document.title.clone() />
        <article class="document-page" aria-labelledby="document-title">
            <nav class="breadcrumbs" aria-label=i18n.t("nav-breadcrumbs")>
                <a href="/documents">{i18n.t("documents-title")}</a>
            </nav>
            <h1 id="document-title">
                {document.title.clone()}
                <span class="badge">{i18n.t(&kind_key(&document.kind))}</span>
            </h1>
            <Notice known=&["document-saved", "document-uploaded", "version-uploaded", "version-deleted"] />
            <div class="card-page-grid">
                <div class="document-main">
                    <Versions id=id.clone() versions=document.versions.clone() />
                    <NewVersion id=id.clone() max=document.usage.max_upload_bytes />
                </div>
                <div class="document-side">
                    <Details document=document.clone() />
                    <DeleteForm id />
                </div>
            </div>
        </article>
    }
    .into_any()
}

#[component]
fn Versions(id: String, versions: Vec<DocumentVersion>) -> impl IntoView {
    let i18n = use_i18n();
    let delete = ServerAction::<DeleteDocumentVersion>::new();
    let error = last_error(delete.value());
    let empty = versions.is_empty();
    view! {
        <section class="card" aria-labelledby="versions-title">
            <h2 id="versions-title">{i18n.t("document-versions")}</h2>
            <FormError error />
            {empty.then(|| view! { <p class="muted">{i18n.t("document-no-versions")}</p> })}
            <ol class="version-list">
                {versions.into_iter().map(|v| {
                    let number = i18n.t_with("document-version-number", &[("number", v.number.into())]);
                    let download = v.download_path(&id);
                    let label = (!v.label.is_empty()).then(|| view! { <span class="version-label">{v.label.clone()}</span> });
                    let name = v.file_name.clone();
                    let document_id = id.clone();
                    view! {
                        <li class="version">
                            <div class="version-head">
                                <strong>{number}</strong>
                                {label}
                            </div>
                            <p class="muted">
                                <span class="document-file">{v.file_name.clone()}</span>
                                " · " {size(i18n, v.size_bytes)} " · " {utc_datetime(v.created_at)}
                            </p>
                            <div class="version-actions">
                                <a class="button button-small button-secondary" href=download download=name>
                                    {i18n.t("document-download")}
                                </a>
                                <ActionForm action=delete>
                                    <input type="hidden" name="id" value=document_id />
                                    <input type="hidden" name="version_id" value=v.id.clone() />
                                    <button type="submit" class="button button-small button-danger">
                                        {i18n.t("document-version-delete")}
                                    </button>
                                </ActionForm>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
    .into_any()
}

#[component]
fn NewVersion(id: String, max: i64) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let error = Signal::derive(move || query.with(upload_errors));
    let hint = i18n.t_with("documents-file-hint", &[("max", size(i18n, max).into())]);
    view! {
        <section class="card" id="new-version" aria-labelledby="new-version-title">
            <h2 id="new-version-title">{i18n.t("document-new-version")}</h2>
            <form method="post" enctype="multipart/form-data" action=versions_path(&id)>
                <Field name="label" id="version-label" label=i18n.t("document-version-label")
                    maxlength=100 hint=i18n.t("document-version-label-hint") error />
                <FileField id="version-file" label=i18n.t("documents-file") hint error />
                <button type="submit" class="button">{i18n.t("document-upload-version")}</button>
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn Details(document: Document) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<UpdateDocument>::new();
    let error = last_error(save.value());
    let tags = document.tags.join(", ");
    view! {
        <section class="card" aria-labelledby="details-title">
            <h2 id="details-title">{i18n.t("document-details")}</h2>
            <ActionForm action=save>
                <input type="hidden" name="id" value=document.id.clone() />
                <FormError error />
                <Field name="title" id="document-title-field" label=i18n.t("document-title") required=true
                    maxlength=100 value=document.title.clone() error />
                <Select id="document-kind".into() name="kind" label=i18n.t("document-kind")
                    options=kind_options(i18n) selected=document.kind.clone() error />
                <Select id="document-language".into() name="language" label=i18n.t("document-language")
                    options=language_options(i18n) selected=document.language.clone() error />
                <Field name="tags" id="document-tags" label=i18n.t("document-tags") value=tags
                    hint=i18n.t("document-tags-hint") error />
                <button type="submit" class="button">{i18n.t("profile-save")}</button>
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn DeleteForm(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let delete = ServerAction::<DeleteDocument>::new();
    let error = last_error(delete.value());
    view! {
        <section class="card" aria-labelledby="document-delete-title">
            <h2 id="document-delete-title">{i18n.t("document-delete-title")}</h2>
            <ActionForm action=delete>
                <input type="hidden" name="id" value=id />
                <FormError error />
                <p>{i18n.t("document-delete-warning")}</p>
                <Checkbox name="confirm" required=true error>
                    {i18n.t("document-delete-confirm")}
                </Checkbox>
                <button type="submit" class="button button-small button-danger">{i18n.t("document-delete")}</button>
            </ActionForm>
        </section>
    }
    .into_any()
}
