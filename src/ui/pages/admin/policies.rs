//! `/admin/policies`: the published policy versions and how many users
//! were emailed about each, and the form that publishes a new version
//! (P31). Administrators only; anyone else gets the not-found page.

use super::StaffOnly;
use crate::api::policies::{PublishPolicy, list_policy_versions};
use crate::model::format::utc_date;
use crate::model::policies::{PolicyVersionAdmin, SUMMARY_MAX_CHARS, VERSION_MAX_CHARS};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Field, FormError, Notice, last_error};
use crate::ui::components::inputs::TextArea;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AdminPoliciesPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("admin-policies-title") />
        <StaffOnly admin=true>
            <section class="settings" aria-labelledby="admin-policies-title">
                <h1 id="admin-policies-title">{i18n.t("admin-policies-title")}</h1>
                <p><a href="/admin">{i18n.t("admin-back")}</a></p>
                <Notice known=&["policy-published"] />
                <Versions />
            </section>
        </StaffOnly>
    }
}

#[component]
fn Versions() -> impl IntoView {
    let i18n = use_i18n();
    let publish = ServerAction::<PublishPolicy>::new();
    let versions = Resource::new(move || publish.version().get(), |_| list_policy_versions());
    let row = move |v: PolicyVersionAdmin| {
        view! {
            <li>
                <span><strong>{v.version}</strong> " · " {utc_date(v.effective_at)}</span>
                <span>{v.summary_en}</span>
                <span class="muted">
                    {i18n.t_with("admin-policies-notified", &[("count", v.notified.into()), ("total", v.users.into())])}
                </span>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="versions-title">
            <h2 id="versions-title">{i18n.t("policy-changes-title")}</h2>
            <Transition>
                {move || versions.get().map(|r| match r {
                    Ok(list) => view! { <ul class="history">{list.into_iter().map(row).collect_view()}</ul> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Transition>
        </section>
        <PublishForm publish />
    }
}

#[component]
fn PublishForm(publish: ServerAction<PublishPolicy>) -> impl IntoView {
    let i18n = use_i18n();
    let error = last_error(publish.value());
    view! {
        <section class="card" aria-labelledby="publish-title">
            <h2 id="publish-title">{i18n.t("admin-policies-publish-title")}</h2>
            <p class="muted">{i18n.t("admin-policies-publish-lede")}</p>
            <ActionForm action=publish>
                <FormError error />
                <Field name="version" label=i18n.t("admin-policies-version") required=true
                    maxlength=VERSION_MAX_CHARS hint=i18n.t("admin-policies-version-hint") error />
                <Field name="effective" label=i18n.t("admin-policies-effective") kind="date"
                    required=true error />
                <TextArea id="field-summary_en".to_string() name="summary_en"
                    label=i18n.t("admin-policies-summary-en") value=String::new()
                    maxlength=SUMMARY_MAX_CHARS error />
                <TextArea id="field-summary_nl".to_string() name="summary_nl"
                    label=i18n.t("admin-policies-summary-nl") value=String::new()
                    maxlength=SUMMARY_MAX_CHARS error />
                <TextArea id="field-summary_fr".to_string() name="summary_fr"
                    label=i18n.t("admin-policies-summary-fr") value=String::new()
                    maxlength=SUMMARY_MAX_CHARS error />
                <button type="submit" class="button" disabled=move || publish.pending().get()>
                    {i18n.t("admin-policies-publish")}
                </button>
            </ActionForm>
        </section>
    }
}
