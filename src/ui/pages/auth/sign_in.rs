//! Signing in with email and password; "remember me" keeps the session
//! after the browser closes.

use crate::api::auth::SignIn;
use crate::ui::components::form::{Field, FormError, Notice, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignIn>::new();
    let error = last_error(action.value());
    let return_to = use_query_map().with_untracked(|q| q.get("return_to").unwrap_or_default());
    view! {
        <Title text=i18n.t("sign-in-title") />
        <section class="auth-card" aria-labelledby="sign-in-title">
            <h1 id="sign-in-title">{i18n.t("sign-in-title")}</h1>
            <Notice known=&["password-reset", "email-verified", "email-changed", "signed-out-everywhere"] />
            <ActionForm action>
                <FormError error />
                <Field name="email" label=i18n.t("field-email") kind="email" autocomplete="username"
                    required=true error />
                <Field name="password" label=i18n.t("field-password") kind="password"
                    autocomplete="current-password" required=true error />
                <div class="field field-check">
                    <input id="field-remember" name="remember" type="checkbox" />
                    <label for="field-remember">{i18n.t("field-remember")}</label>
                </div>
                <input type="hidden" name="return_to" value=return_to />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("sign-in-submit")}
                </button>
            </ActionForm>
            <p class="auth-alt"><a href="/forgot-password">{i18n.t("sign-in-forgot")}</a></p>
            <p class="auth-alt">
                {i18n.t("sign-in-new")} " " <a href="/sign-up">{i18n.t("nav-sign-up")}</a>
            </p>
        </section>
    }
}
