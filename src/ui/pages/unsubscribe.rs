//! `/unsubscribe?token=…`: where the link in a product email leads (P28).
//! It works without signing in. Opening it changes nothing; one click on
//! its button (a plain form post to the one-click URL) turns product email
//! off.

use crate::api::privacy::controls::check_unsubscribe;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token")).unwrap_or_default();
    let done = move || query.with(|q| q.get("done").is_some());
    let invalid = move || query.with(|q| q.get("invalid").is_some());
    let genuine = Resource::new(token, |token| async move {
        if token.is_empty() {
            Ok(false)
        } else {
            check_unsubscribe(token).await
        }
    });
    let body = move || {
        if done() {
            return view! {
                <p class="notice" role="status">{i18n.t("unsubscribe-done")}</p>
                <p>{i18n.t("unsubscribe-done-more")} " " <a href="/settings/privacy">{i18n.t("unsubscribe-settings-link")}</a></p>
            }
            .into_any();
        }
        if invalid() {
            return view! { <p class="form-error" role="alert">{i18n.t("unsubscribe-invalid")}</p> }.into_any();
        }
        view! {
            <Suspense>
                {move || genuine.get().map(|r| match r {
                    Ok(true) => {
                        let action = format!("/email/unsubscribe?token={}", token());
                        view! {
                            <p>{i18n.t("unsubscribe-lede")}</p>
                            <form method="post" action=action>
                                <input type="hidden" name="List-Unsubscribe" value="One-Click" />
                                <button type="submit" class="button">{i18n.t("unsubscribe-submit")}</button>
                            </form>
                        }.into_any()
                    }
                    Ok(false) => view! { <p class="form-error" role="alert">{i18n.t("unsubscribe-invalid")}</p> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Suspense>
        }
        .into_any()
    };
    view! {
        <Title text=i18n.t("unsubscribe-title") />
        <section class="auth-card" aria-labelledby="unsubscribe-title">
            <h1 id="unsubscribe-title">{i18n.t("unsubscribe-title")}</h1>
            {body}
        </section>
    }
}
