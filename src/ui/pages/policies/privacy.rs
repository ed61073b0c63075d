use super::{PolicyPage, section};
use crate::api::site::SiteInfo;
use crate::ui::i18n::I18n;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! { <PolicyPage title_key="privacy-title" body=privacy_body /> }
}

fn privacy_body(i18n: I18n, info: SiteInfo) -> impl IntoView {
    let contact = info
        .privacy_contact
        .unwrap_or_else(|| i18n.t("privacy-contact-unset"));
    let location = info
        .data_location
        .unwrap_or_else(|| i18n.t("privacy-location-unset"));
    let plain = |stem: &str| section(i18n, stem, i18n.t(&format!("{stem}-body")));
    view! {
        <p class="lede">{i18n.t("privacy-intro")}</p>
        {section(
            i18n,
            "privacy-controller",
            i18n.t_with("privacy-controller-body", &[("contact", contact.into())]),
        )}
        {plain("privacy-collect")}
        {plain("privacy-cookies")}
        {plain("privacy-logs")}
        {section(
            i18n,
            "privacy-location",
            i18n.t_with("privacy-location-body", &[("location", location.into())]),
        )}
        {section(
            i18n,
            "privacy-retention",
            i18n.t_with("privacy-retention-body", &[("days", info.retention_days.into())]),
        )}
        {plain("privacy-rights")}
        {plain("privacy-changes")}
    }
}
