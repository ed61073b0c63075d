//! The page for any address that matches no route (HTTP 404).

use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("not-found-title") />
        <section class="message-page">
            <p class="message-code" aria-hidden="true">"404"</p>
            <h1>{i18n.t("not-found-title")}</h1>
            <p>{i18n.t("not-found-body")}</p>
            <p><a class="button" href="/">{i18n.t("not-found-home")}</a></p>
        </section>
    }
}
