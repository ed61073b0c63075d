//! Choosing a new password from a reset link. A used or expired link says
//! so at once and offers a new one.

use super::{PasswordField, token_from_query};
use crate::api::auth::{ResetPassword, reset_link_is_live};
use crate::ui::components::form::{FormError, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let token = token_from_query();
    let live = {
        let token = token.clone();
        Resource::new(|| (), move |_| reset_link_is_live(token.clone()))
    };
    let action = ServerAction::<ResetPassword>::new();
    let error = last_error(action.value());
    view! {
        <Title text=i18n.t("reset-title") />
        <section class="auth-card" aria-labelledby="reset-title">
            <h1 id="reset-title">{i18n.t("reset-title")}</h1>
            <Suspense>
                {move || live.get().map(|live| match live {
                    Ok(true) => {
                        let token = token.clone();
                        view! {
                        <ActionForm action>
                            <FormError error />
                            <input type="hidden" name="token" value=token.clone() />
                            <PasswordField name="password" label=i18n.t("field-new-password") error />
                            <button type="submit" class="button"
                                disabled=move || action.pending().get()>
                                {i18n.t("reset-submit")}
                            </button>
                        </ActionForm>
                    }.into_any()
                    }
                    _ => view! {
                        <p class="error" role="alert">{i18n.t("error-link-invalid")}</p>
                        <p><a href="/forgot-password">{i18n.t("reset-ask-again")}</a></p>
                    }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
