//! The privacy policy: what the code does, with every number, contact and
//! place taken from configuration (P31, P32, P33).

use super::{PolicyPage, paragraphs, section};
use crate::model::site::SiteInfo;
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
    let t = |key: &str| i18n.t(key);
    let days = |key: &str, n: u32| i18n.t_with(key, &[("days", n.into())]);
    let plain = |stem: &str| section(i18n, stem, i18n.t(&format!("{stem}-body")));
    let collect = [
        "privacy-collect-account",
        "privacy-collect-profile",
        "privacy-collect-jobs",
        "privacy-collect-documents",
        "privacy-collect-security",
        "privacy-collect-support",
        "privacy-collect-usage",
        "privacy-collect-none",
    ]
    .map(t)
    .to_vec();
    let email = if info.smtp_relay {
        "privacy-providers-email-relay"
    } else {
        "privacy-providers-email-local"
    };
    let mut providers = vec![t("privacy-providers-hosting"), t(email)];
    if info.support_inbox {
        providers.push(t("privacy-providers-support"));
    }
    providers.push(t("privacy-providers-none"));
    let retention = vec![
        days("privacy-retention-body", info.retention_days),
        days("privacy-retention-grace", info.deletion_grace_days),
        days("privacy-retention-usage", info.analytics_retention_days),
        t("privacy-retention-other"),
    ];
    view! {
        <p class="lede">{t("privacy-intro")}</p>
        <section>
            <h2>{t("privacy-controller-title")}</h2>
            <p>{controller}</p>
            <p>{t("privacy-support-body")} " " <a href="/settings/support">{t("privacy-support-link")}</a></p>
        </section>
        {paragraphs(i18n, "privacy-collect", collect)}
        {plain("privacy-use")}
        {plain("privacy-cookies")}
        {plain("privacy-logs")}
        {plain("privacy-staff")}
        {paragraphs(i18n, "privacy-providers", providers)}
        {section(i18n, "privacy-location", location)}
        {paragraphs(i18n, "privacy-retention", retention)}
        {plain("privacy-rights")}
        {plain("privacy-changes")}
    }
}
