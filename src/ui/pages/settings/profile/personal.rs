//! Personal details: name, email (changed on the account tab), phone,
//! city, region, country, time zone and interface language.

use crate::api::profile::SavePersonal;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::model::countries::COUNTRIES;
use crate::model::profile::Profile;
use crate::ui::components::form::{Field, FormError, last_error};
use crate::ui::components::inputs::Select;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Countries as select options, named and sorted in the page's language.
fn country_options(locale: Locale, none: String) -> Vec<(String, String)> {
    let mut named: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|(code, en, nl, fr)| {
            let name = match locale {
                Locale::En => en,
                Locale::Nl => nl,
                Locale::Fr => fr,
            };
            (code.to_string(), name.to_string())
        })
        .collect();
    named.sort_by_key(|(_, name)| name.to_lowercase());
    named.insert(0, (String::new(), none));
    named
}

#[component]
pub fn PersonalSection(profile: Profile, zones: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SavePersonal>::new();
    let error = last_error(action.value());
    let locales = std::iter::once((String::new(), i18n.t("profile-locale-none")))
        .chain(
            Locale::ALL
                .into_iter()
                .map(|l| (l.tag().to_string(), l.native_name().to_string())),
        )
        .collect();
    view! {
        <section class="card" aria-labelledby="personal-title">
            <h2 id="personal-title">{i18n.t("profile-personal-title")}</h2>
            <ActionForm action>
                <FormError error />
                <Field name="name" label=i18n.t("field-name") autocomplete="name" required=true
                    maxlength=100 value=profile.name error />
                <div class="field">
                    <span class="field-label">{i18n.t("field-email")}</span>
                    <p class="profile-email"><strong>{profile.email}</strong>
                        " · " <a href="/settings#email-title">{i18n.t("profile-email-change")}</a></p>
                    <p class="field-hint">{i18n.t("profile-email-note")}</p>
                </div>
                <Field name="phone" label=i18n.t("field-phone") kind="tel" autocomplete="tel"
                    maxlength=32 value=profile.phone hint=i18n.t("profile-phone-hint") error />
                <Field name="city" label=i18n.t("field-city") autocomplete="address-level2"
                    maxlength=100 value=profile.city error />
                <Field name="region" label=i18n.t("field-region") autocomplete="address-level1"
                    maxlength=100 value=profile.region error />
                <Select id="field-country".into() name="country" label=i18n.t("field-country")
                    options=country_options(i18n.locale, i18n.t("profile-country-none"))
                    selected=profile.country error />
                <TimeZoneField saved=profile.time_zone zones error />
                <Select id="field-locale".into() name="locale" label=i18n.t("field-locale")
                    options=locales selected=profile.locale error />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("profile-save")}
                </button>
            </ActionForm>
        </section>
    }
}

/// A searchable time zone: free text with the zone list as suggestions.
/// Once the page is live, an empty field is filled with the browser's zone.
#[component]
fn TimeZoneField(
    saved: String,
    zones: Vec<String>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let saved = crate::api::typed::value("time_zone", error).unwrap_or(saved);
    let message = move || {
        error
            .get()
            .and_then(|e| e.field_error("time_zone").map(|fe| fe.text(i18n.locale)))
    };
    view! {
        <div class="field" class:field-invalid=move || message().is_some()>
            <label for="field-time_zone">{i18n.t("field-time-zone")}</label>
            <BrowserZone>
                <input id="field-time_zone" name="time_zone" type="text" list="time-zones"
                    autocomplete="off" maxlength="64" value=saved
                    aria-describedby="field-time_zone-hint field-time_zone-error" />
            </BrowserZone>
            <datalist id="time-zones">
                {zones.into_iter().map(|zone| view! { <option value=zone></option> }).collect_view()}
            </datalist>
            <p id="field-time_zone-hint" class="field-hint">{i18n.t("profile-time-zone-hint")}</p>
            <p id="field-time_zone-error" class="field-error" aria-live="polite">{message}</p>
        </div>
    }
}

/// Fills the empty time zone field it holds with the browser's zone, from
/// `Intl.DateTimeFormat().resolvedOptions()`.
#[island]
fn BrowserZone(children: Children) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use leptos::wasm_bindgen::JsCast;
        let field = document()
            .get_element_by_id("field-time_zone")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        let format =
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
        let zone = js_sys::Reflect::get(&format.resolved_options(), &"timeZone".into())
            .ok()
            .and_then(|z| z.as_string());
        if let (Some(field), Some(zone)) = (field, zone)
            && field.value().is_empty()
        {
            field.set_value(&zone);
        }
    }
    children()
}
