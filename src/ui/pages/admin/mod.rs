//! `/admin`: the staff tools, for support and administrators only; anyone
//! else gets the not-found page. Signing a person out everywhere, deleting
//! a minor's account (P30), and the audit log of what staff did. `analytics.rs`: the usage dashboard.

mod analytics;
pub use analytics::AnalyticsPage;

mod policies;
mod support;
pub use policies::AdminPoliciesPage;
pub use support::{AdminSupportPage, AdminTicketPage};

use crate::api::admin::{DeleteMinorAccount, EndSessions, list_audit};
use crate::model::admin::AuditEntry;
use crate::model::format::utc_datetime;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Checkbox, Field, FormError, Notice, last_error};
use crate::ui::i18n::use_i18n;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::settings::RequireSignIn;
use crate::ui::session::use_me;
use leptos::prelude::*;
use leptos_meta::Title;

/// `children` for support staff and administrators (only administrators
/// with `admin`); the not-found page for anyone else. The server checks
/// the role again on every call.
#[component]
pub fn StaffOnly(#[prop(optional)] admin: bool, children: ChildrenFn) -> impl IntoView {
    let me = use_me();
    let children = StoredValue::new(children);
    let allowed = move |role: &str| {
        if admin {
            role == "admin"
        } else {
            role != "user"
        }
    };
    view! {
        <RequireSignIn>
            <Suspense>
                {move || me.get().map(|me| match me {
                    Ok(Some(me)) if allowed(&me.role) => children.with_value(|c| c()).into_any(),
                    _ => view! { <NotFoundPage /> }.into_any(),
                })}
            </Suspense>
        </RequireSignIn>
    }
}

#[component]
pub fn AdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let me = use_me();
    let is_admin = move || matches!(me.get(), Some(Ok(Some(me))) if me.role == "admin");
    view! {
        <Title text=i18n.t("admin-title") />
        <StaffOnly>
            <section class="settings" aria-labelledby="admin-title">
                <h1 id="admin-title">{i18n.t("admin-title")}</h1>
                <Notice known=&["account-deleted", "sessions-ended"] />
                <ul class="footer-links admin-links">
                    <li><a href="/admin/support">{i18n.t("admin-support-title")}</a></li>
                    {move || is_admin().then(|| view! {
                        <li><a href="/admin/policies">{i18n.t("admin-policies-title")}</a></li>
                    })}
                </ul>
                <p><a href="/admin/analytics">{i18n.t("consent-dashboard-link")}</a></p>
                {move || is_admin().then(|| view! { <EndSessionsForm /> <DeleteMinor /> })}
                <AuditLog />
            </section>
        </StaffOnly>
    }
}

#[component]
fn DeleteMinor() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<DeleteMinorAccount>::new();
    let error = last_error(action.value());
    view! {
        <section class="card" aria-labelledby="minor-title">
            <h2 id="minor-title">{i18n.t("admin-minor-title")}</h2>
            <p class="muted">{i18n.t("admin-minor-lede")}</p>
            <ActionForm action>
                <FormError error />
                <Field name="email" label=i18n.t("field-email") kind="email"
                    autocomplete="off" required=true maxlength=254 error />
                <Field name="reason" label=i18n.t("admin-minor-reason") hint=i18n.t("admin-minor-reason-hint")
                    required=true maxlength=crate::model::admin::REASON_MAX error />
                <Field name="password" label=i18n.t("admin-minor-password") kind="password"
                    autocomplete="current-password" required=true error />
                <Checkbox name="confirmed" required=true error>
                    {i18n.t("admin-minor-confirm")}
                </Checkbox>
                <button type="submit" class="button button-danger" disabled=move || action.pending().get()>
                    {i18n.t("admin-minor-submit")}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn EndSessionsForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<EndSessions>::new();
    let error = last_error(action.value());
    view! {
        <section class="card" aria-labelledby="end-sessions-title">
            <h2 id="end-sessions-title">{i18n.t("admin-sessions-title")}</h2>
            <p class="muted">{i18n.t("admin-sessions-lede")}</p>
            <ActionForm action>
                <FormError error />
                <Field name="email" label=i18n.t("field-email") kind="email"
                    autocomplete="off" required=true maxlength=254 error />
                <Field name="reason" label=i18n.t("admin-minor-reason") hint=i18n.t("admin-sessions-reason-hint")
                    required=true maxlength=crate::model::admin::REASON_MAX error />
                <Field name="password" label=i18n.t("admin-minor-password") kind="password"
                    autocomplete="current-password" required=true error />
                <button type="submit" class="button button-secondary" disabled=move || action.pending().get()>
                    {i18n.t("admin-sessions-submit")}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn AuditLog() -> impl IntoView {
    let i18n = use_i18n();
    let entries = Resource::new(|| (), |_| list_audit());
    let row = move |e: AuditEntry| {
        let who = if e.by_me {
            i18n.t("admin-audit-by-me")
        } else {
            i18n.t("admin-audit-by-staff")
        };
        view! {
            <li>
                <span>{i18n.t(&format!("audit-{}", e.action.replace(['.', '_'], "-")))}</span>
                <span class="muted">{utc_datetime(e.at)} " · " {who} " · " <code>{e.subject}</code></span>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="audit-title">
            <h2 id="audit-title">{i18n.t("admin-audit-title")}</h2>
            <p class="muted">{i18n.t("admin-audit-lede")}</p>
            <Suspense>
                {move || entries.get().map(|r| match r {
                    Ok(list) if list.is_empty() => view! { <p>{i18n.t("admin-audit-empty")}</p> }.into_any(),
                    Ok(list) => view! { <ul class="history">{list.into_iter().map(row).collect_view()}</ul> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
