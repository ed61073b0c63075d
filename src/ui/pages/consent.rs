//! `/cookie-settings`: the cookie choices (P29), opened by "Choose" in the
//! banner and by the footer link on every page. The analytics box is never
//! ticked unless the visitor allowed analytics; "Save", "Accept analytics"
//! and "Reject" are equal buttons of one plain form, so withdrawing takes
//! one click, as giving did.

use crate::api::privacy::consent::SaveConsent;
use crate::model::consent::Consent;
use crate::ui::components::consent_banner::current;
use crate::ui::components::form::{FormError, Notice, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ConsentPage() -> impl IntoView {
    let i18n = use_i18n();
    let consent = current();
    let action = ServerAction::<SaveConsent>::new();
    let error = last_error(action.value());
    let query = use_query_map();
    let return_to = move || {
        query
            .with(|q| q.get("return_to"))
            .filter(|p| p.starts_with('/') && !p.starts_with("//") && !p.contains('\\'))
            .unwrap_or_else(|| "/cookie-settings?notice=consent-saved".to_string())
    };
    let status = move || {
        i18n.t(match consent {
            Consent::Ask => "consent-status-ask",
            Consent::Granted => "consent-status-granted",
            Consent::Denied => "consent-status-denied",
        })
    };
    let saved = move || matches!(action.value().get(), Some(Ok(_)));
    view! {
        <Title text=i18n.t("consent-settings-title") />
        <section class="settings consent-settings" aria-labelledby="consent-settings-title">
            <h1 id="consent-settings-title">{i18n.t("consent-settings-title")}</h1>
            <Notice known=&["consent-saved"] />
            {move || saved().then(|| view! {
                <p class="notice" role="status">{i18n.t("notice-consent-saved")}</p>
            })}
            <p class="lede">{i18n.t("consent-settings-lede")}</p>
            <p class="consent-status" aria-live="polite">{status}</p>
            <div class="card">
                <ActionForm action>
                    <FormError error />
                    <input type="hidden" name="source" value="settings" />
                    <input type="hidden" name="return_to" value=return_to />
                    <fieldset class="consent-purposes">
                        <legend>{i18n.t("consent-purposes")}</legend>
                        <div class="consent-purpose">
                            <p class="consent-purpose-name">{i18n.t("consent-essential")}</p>
                            <p class="muted">{i18n.t("consent-essential-help")}</p>
                            <p class="badge">{i18n.t("consent-always-on")}</p>
                        </div>
                        <div class="consent-purpose field-check">
                            <input
                                id="consent-analytics"
                                type="checkbox"
                                name="analytics"
                                value="on"
                                checked=consent == Consent::Granted
                                aria-describedby="consent-analytics-help"
                            />
                            <label for="consent-analytics" class="consent-purpose-name">
                                {i18n.t("consent-analytics")}
                            </label>
                            <p id="consent-analytics-help" class="muted">{i18n.t("consent-analytics-help")}</p>
                        </div>
                    </fieldset>
                    <div class="consent-actions">
                        <button type="submit" name="choice" value="save" class="button consent-choice">
                            {i18n.t("consent-save")}
                        </button>
                        <button type="submit" name="choice" value="accept" class="button consent-choice">
                            {i18n.t("consent-accept")}
                        </button>
                        <button type="submit" name="choice" value="reject" class="button consent-choice">
                            {i18n.t("consent-reject")}
                        </button>
                    </div>
                </ActionForm>
            </div>
            <p><a href="/cookies">{i18n.t("consent-banner-policy")}</a></p>
        </section>
    }
}
