//! Asking for a password reset link. The answer is the same whether or not
//! the address has an account.

use crate::api::auth::RequestPasswordReset;
use crate::ui::components::form::{Field, FormError, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = last_error(action.value());
    let query = use_query_map();
    let sent = move || query.with(|q| q.get("sent").is_some());
    view! {
        <Title text=i18n.t("forgot-title") />
        <section class="auth-card" aria-labelledby="forgot-title">
            <h1 id="forgot-title">{i18n.t("forgot-title")}</h1>
            <Show when=sent>
                <p class="notice" role="status">{i18n.t("forgot-sent")}</p>
            </Show>
            <p>{i18n.t("forgot-lede")}</p>
            <ActionForm action>
                <FormError error />
                <Field name="email" label=i18n.t("field-email") kind="email" autocomplete="email"
                    required=true error />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("forgot-submit")}
                </button>
            </ActionForm>
            <p class="auth-alt"><a href="/sign-in">{i18n.t("nav-sign-in")}</a></p>
        </section>
    }
}
