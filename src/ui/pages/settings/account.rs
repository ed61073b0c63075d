//! Account settings: the email address (changed through a confirmation
//! link) and the password.

use super::{RequireSignIn, SettingsNav};
use crate::api::auth::account::{ChangeEmail, ChangePassword};
use crate::ui::components::form::{Field, FormError, Notice, last_error};
use crate::ui::i18n::use_i18n;
use crate::ui::pages::auth::PasswordField;
use crate::ui::session::use_me;
use leptos::prelude::*;
use leptos_meta::Title;

const NOTICES: &[&str] = &[
    "email-verified",
    "verification-sent",
    "password-changed",
    "email-change-sent",
    "email-changed",
];

#[component]
pub fn AccountSettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("settings-title") />
        <RequireSignIn>
            <section class="settings" aria-labelledby="settings-title">
                <h1 id="settings-title">{i18n.t("settings-title")}</h1>
                <SettingsNav current="account" />
                <Notice known=NOTICES />
                <EmailSection />
                <PasswordSection />
            </section>
        </RequireSignIn>
    }
}

#[component]
fn EmailSection() -> impl IntoView {
    let i18n = use_i18n();
    let me = use_me();
    let action = ServerAction::<ChangeEmail>::new();
    let error = last_error(action.value());
    let current = move || {
        me.get().and_then(|r| r.ok().flatten()).map(|me| {
            let status = if me.email_verified {
                i18n.t("settings-email-verified")
            } else {
                i18n.t("settings-email-unverified")
            };
            view! { <p><strong>{me.email}</strong> " · " {status}</p> }
        })
    };
    view! {
        <section class="card" aria-labelledby="email-title">
            <h2 id="email-title">{i18n.t("settings-email-title")}</h2>
            <Suspense>{current}</Suspense>
            <p class="muted">{i18n.t("settings-email-lede")}</p>
            <ActionForm action>
                <FormError error />
                <Field name="new_email" label=i18n.t("field-new-email") kind="email"
                    autocomplete="email" required=true maxlength=254 error />
                <Field name="password" label=i18n.t("field-current-password") kind="password"
                    autocomplete="current-password" required=true error />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("settings-email-submit")}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn PasswordSection() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangePassword>::new();
    let error = last_error(action.value());
    view! {
        <section class="card" aria-labelledby="password-title">
            <h2 id="password-title">{i18n.t("settings-password-title")}</h2>
            <ActionForm action>
                <FormError error />
                <Field name="current_password" label=i18n.t("field-current-password") kind="password"
                    autocomplete="current-password" required=true error />
                <PasswordField name="new_password" label=i18n.t("field-new-password") error />
                <div class="field field-check">
                    <input id="field-sign-out-others" name="sign_out_others" type="checkbox" checked />
                    <label for="field-sign-out-others">{i18n.t("settings-password-sign-out-others")}</label>
                </div>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("settings-password-submit")}
                </button>
            </ActionForm>
        </section>
    }
}
