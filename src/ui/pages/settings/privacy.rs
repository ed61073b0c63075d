//! Settings, Privacy: freeze processing (P27), the per-purpose objection
//! switches (P28), and deleting the account (P22, P25). Every form works as
//! a plain post before hydration.

use super::{RequireSignIn, SettingsNav};
use crate::api::privacy::controls::{
    DeleteAccount, SaveObjections, SetRestriction, get_privacy_controls,
};
use crate::model::format::utc_datetime;
use crate::model::privacy::PrivacyControls;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Checkbox, Field, FormError, Notice, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

const NOTICES: &[&str] = &[
    "restricted",
    "unrestricted",
    "objections-saved",
    "deletion-cancelled",
];

#[component]
pub fn PrivacySettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let restrict = ServerAction::<SetRestriction>::new();
    let objections = ServerAction::<SaveObjections>::new();
    let controls = Resource::new(
        move || (restrict.version().get(), objections.version().get()),
        |_| get_privacy_controls(),
    );
    view! {
        <Title text=i18n.t("settings-privacy") />
        <RequireSignIn>
            <section class="settings" aria-labelledby="settings-title">
                <h1 id="settings-title">{i18n.t("settings-title")}</h1>
                <SettingsNav current="privacy" />
                <Notice known=NOTICES />
                <p class="lede">{i18n.t("privacy-settings-lede")} " "
                    <a href="/privacy">{i18n.t("privacy-settings-policy-link")}</a>
                </p>
                <Suspense>
                    {move || controls.get().map(|r| match r {
                        Ok(c) => view! {
                            <Restriction action=restrict controls=c.clone() />
                            <ObjectionSwitches action=objections controls=c.clone() />
                            <DeleteAccountSection controls=c />
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    })}
                </Suspense>
            </section>
        </RequireSignIn>
    }
}

#[component]
fn Restriction(action: ServerAction<SetRestriction>, controls: PrivacyControls) -> impl IntoView {
    let i18n = use_i18n();
    let error = last_error(action.value());
    let (status, next, label, class) = match controls.restricted_since {
        Some(since) => (
            i18n.t_with(
                "privacy-restricted-since",
                &[("when", utc_datetime(since).into())],
            ),
            "off",
            i18n.t("privacy-restrict-lift"),
            "button",
        ),
        None => (
            i18n.t("privacy-not-restricted"),
            "on",
            i18n.t("privacy-restrict-start"),
            "button button-secondary",
        ),
    };
    view! {
        <section class="card" aria-labelledby="restrict-title">
            <h2 id="restrict-title">{i18n.t("privacy-restrict-title")}</h2>
            <p>{i18n.t("privacy-restrict-lede")}</p>
            <p class="privacy-status" role="status"><strong>{status}</strong></p>
            <ActionForm action>
                <FormError error />
                <input type="hidden" name="restricted" value=next />
                <button type="submit" class=class disabled=move || action.pending().get()>{label}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn ObjectionSwitches(
    action: ServerAction<SaveObjections>,
    controls: PrivacyControls,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = last_error(action.value());
    let restricted = controls.restricted_since.is_some();
    let switch = move |name: &'static str, objects: bool| {
        let id = format!("field-{name}");
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field field-check">
                <input id=id.clone() name=name type="checkbox" checked=!objects aria-describedby=hint_id.clone() />
                <label for=id>{i18n.t(&format!("privacy-purpose-{}", name.replace('_', "-")))}</label>
                <p id=hint_id class="field-hint">{i18n.t(&format!("privacy-purpose-{}-hint", name.replace('_', "-")))}</p>
            </div>
        }
    };
    view! {
        <section class="card" aria-labelledby="objections-title">
            <h2 id="objections-title">{i18n.t("privacy-objections-title")}</h2>
            <p>{i18n.t("privacy-objections-lede")}</p>
            {restricted.then(|| view! { <p class="notice">{i18n.t("privacy-objections-restricted")}</p> })}
            <ActionForm action>
                <FormError error />
                <fieldset class="switches">
                    <legend class="sr-only">{i18n.t("privacy-objections-title")}</legend>
                    {switch("analytics", controls.objects_analytics)}
                    {switch("ai", controls.objects_ai)}
                    {switch("product_email", controls.objects_product_email)}
                </fieldset>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("privacy-objections-save")}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn DeleteAccountSection(controls: PrivacyControls) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<DeleteAccount>::new();
    let error = last_error(action.value());
    let grace = controls.deletion_grace_days;
    let retention = controls.retention_days;
    view! {
        <section class="card card-danger" aria-labelledby="delete-title">
            <h2 id="delete-title">{i18n.t("privacy-delete-title")}</h2>
            <p>{i18n.t_with("privacy-delete-lede", &[("grace", grace.into()), ("retention", retention.into())])}</p>
            <p class="muted">{i18n.t("privacy-delete-export-first")} " "
                <a href="/settings/data">{i18n.t("privacy-delete-export-link")}</a>
            </p>
            <ActionForm action>
                <FormError error />
                <Field name="password" label=i18n.t("field-current-password") kind="password"
                    autocomplete="current-password" required=true error />
                <Checkbox name="confirmed" required=true error>
                    {i18n.t("privacy-delete-confirm")}
                </Checkbox>
                <button type="submit" class="button button-danger" disabled=move || action.pending().get()>
                    {i18n.t("privacy-delete-submit")}
                </button>
            </ActionForm>
        </section>
    }
}
