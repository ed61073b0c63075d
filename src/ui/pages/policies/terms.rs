//! The terms of use.

use super::{PolicyPage, section};
use crate::model::site::SiteInfo;
use crate::ui::i18n::I18n;
use leptos::prelude::*;

const SECTIONS: &[&str] = &[
    "terms-service",
    "terms-age",
    "terms-account",
    "terms-use",
    "terms-content",
    "terms-availability",
    "terms-liability",
    "terms-changes",
];

#[component]
pub fn TermsPage() -> impl IntoView {
    view! { <PolicyPage title_key="terms-title" body=terms_body /> }
}

fn terms_body(i18n: I18n, _info: SiteInfo) -> impl IntoView {
    view! {
        <p class="lede">{i18n.t("terms-intro")}</p>
        {SECTIONS
            .iter()
            .map(|stem| section(i18n, stem, i18n.t(&format!("{stem}-body"))))
            .collect_view()}
    }
}
