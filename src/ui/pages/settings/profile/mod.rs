//! The profile page (P02, P24): every personal field, viewable and
//! correctable. Each section is its own plain form, so the page works
//! without JavaScript: a save comes back to the page, and a failed one keeps
//! what was typed.

mod career;
mod education;
mod entries;
mod experience;
mod personal;
mod skills;

use super::{RequireSignIn, SettingsNav};
use crate::api::profile::{get_profile, list_time_zones};
use crate::model::profile::Profile;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::Notice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("settings-profile") />
        <RequireSignIn>
            <section class="settings" aria-labelledby="settings-title">
                <h1 id="settings-title">{i18n.t("settings-title")}</h1>
                <SettingsNav current="profile" />
                <Notice known=&["profile-saved"] />
                <p class="muted">{i18n.t("profile-lede")}</p>
                <ProfileSections />
            </section>
        </RequireSignIn>
    }
}

#[component]
fn ProfileSections() -> impl IntoView {
    // Both resources are made here, not in the sections: a resource first
    // met while rendering another's result would be streamed in a later
    // chunk, with inline scripts that the CSP does not allow.
    let profile = Resource::new(|| (), |_| get_profile());
    let zones = Resource::new(|| (), |_| list_time_zones());
    let render = move |p: Profile, zones: Vec<String>| {
        let p = StoredValue::new(p);
        view! {
            <personal::PersonalSection profile=p.get_value() zones />
            <entries::EntriesSection entries=p.with_value(|p| p.experience.clone()) />
            <entries::EntriesSection entries=p.with_value(|p| p.education.clone()) />
            <skills::SkillsSection skills=p.with_value(|p| p.skills.clone()) />
            <career::CareerSection career=p.with_value(|p| p.career.clone()) />
        }
    };
    view! {
        <Transition>
            {move || profile.get().zip(zones.get()).map(|result| match result {
                (Ok(p), Ok(zones)) => render(p, zones).into_any(),
                (Err(error), _) | (_, Err(error)) => view! { <ErrorNotice error /> }.into_any(),
            })}
        </Transition>
    }
}
