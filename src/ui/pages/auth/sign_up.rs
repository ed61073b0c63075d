//! Creating an account: name, email, password, age confirmation (P30) and
//! acceptance of the current privacy policy. The answer is always "check
//! your inbox" (`?sent=1`): the emailed link confirms the address and signs
//! this browser in, and an address that already has an account gets an
//! email instead, so the page never tells who has an account.

use super::PasswordField;
use crate::api::auth::SignUp;
use crate::ui::components::form::{Checkbox, Field, FormError, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let query = use_query_map();
    if query.with_untracked(|q| q.get("sent").is_some()) {
        view! { <LinkSent /> }.into_any()
    } else {
        view! { <SignUpForm /> }.into_any()
    }
}

/// What every sign-up answers.
#[component]
fn LinkSent() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("sign-up-sent-title") />
        <section class="auth-card" aria-labelledby="sign-up-sent-title">
            <h1 id="sign-up-sent-title">{i18n.t("sign-up-sent-title")}</h1>
            <p class="notice" role="status">{i18n.t("sign-up-sent-body")}</p>
            <p>{i18n.t("sign-up-sent-taken")}</p>
            <p class="muted">{i18n.t("sign-up-sent-help")}</p>
            <p class="auth-alt">
                {i18n.t("sign-up-have-account")} " " <a href="/sign-in">{i18n.t("nav-sign-in")}</a>
            </p>
        </section>
    }
}

#[component]
fn SignUpForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignUp>::new();
    let error = last_error(action.value());
    view! {
        <Title text=i18n.t("sign-up-title") />
        <section class="auth-card" aria-labelledby="sign-up-title">
            <h1 id="sign-up-title">{i18n.t("sign-up-title")}</h1>
            <p class="lede">{i18n.t("sign-up-lede")}</p>
            <ActionForm action>
                <FormError error />
                <Field name="name" label=i18n.t("field-name") autocomplete="name" required=true
                    maxlength=100 error />
                <Field name="email" label=i18n.t("field-email") kind="email" autocomplete="email"
                    required=true maxlength=254 error />
                <PasswordField name="password" label=i18n.t("field-password") error />
                <Checkbox name="age_confirmed" required=true error>
                    {i18n.t("sign-up-age")}
                </Checkbox>
                <Checkbox name="policy_accepted" required=true error>
                    {i18n.t("sign-up-policy-before")} " "
                    <a href="/privacy" target="_blank">{i18n.t("nav-privacy")}</a>
                    " " {i18n.t("sign-up-policy-and")} " "
                    <a href="/terms" target="_blank">{i18n.t("nav-terms")}</a>
                </Checkbox>
                <div class="field field-check">
                    <input id="field-remember" name="remember" type="checkbox" />
                    <label for="field-remember">{i18n.t("field-remember")}</label>
                </div>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("sign-up-submit")}
                </button>
            </ActionForm>
            <p class="auth-alt">
                {i18n.t("sign-up-have-account")} " " <a href="/sign-in">{i18n.t("nav-sign-in")}</a>
            </p>
        </section>
    }
}
