use super::{PolicyPage, section};
use crate::api::site::SiteInfo;
use crate::ui::i18n::I18n;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! { <PolicyPage title_key="privacy-title" body=privacy_body /> }
}

fn privacy_body(i18n: I18n, info: SiteInfo) -> impl IntoView {
    // An unconfigured fact gets a sentence of its own, not a blank in one.
    let controller = match info.privacy_contact {
        Some(contact) => i18n.t_with("privacy-controller-body", &[("contact", contact.into())]),
        None => i18n.t("privacy-controller-body-unset"),
    };
    let location = match info.data_location {
        Some(location) => i18n.t_with("privacy-location-body", &[("location", location.into())]),
        None => i18n.t("privacy-location-body-unset"),
    };
    let plain = |stem: &str| section(i18n, stem, i18n.t(&format!("{stem}-body")));
    view! {
        <p class="lede">{i18n.t("privacy-intro")}</p>
        {section(i18n, "privacy-controller", controller)}
        {plain("privacy-collect")}
        {plain("privacy-cookies")}
        {plain("privacy-logs")}
        {section(i18n, "privacy-location", location)}
        {section(
            i18n,
            "privacy-retention",
            i18n.t_with("privacy-retention-body", &[("days", info.retention_days.into())]),
        )}
        {plain("privacy-rights")}
        {plain("privacy-changes")}
    }
}
