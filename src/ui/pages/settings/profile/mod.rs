//! The profile page (P02, P24): every personal field, viewable and
//! correctable. Each section is its own plain form, so the page works
//! without JavaScript; once hydrated, a successful save reloads the profile
//! in place and a failed one keeps what was typed.

mod career;
mod education;
mod entries;
mod experience;
mod personal;
mod skills;

use super::{RequireSignIn, SettingsNav};
use crate::api::profile::{get_profile, list_time_zones};
use crate::error::AppError;
use crate::model::profile::Profile;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::Notice;
use crate::ui::i18n::use_i18n;
use leptos::html;
use leptos::prelude::*;
use leptos_meta::Title;

/// Bumped after each successful save, to read the profile again. It also
/// remembers which form was saved, for [`Reload::form`].
#[derive(Clone, Copy)]
struct Reload {
    count: RwSignal<u32>,
    saved: StoredValue<Option<String>>,
}

impl Reload {
    fn new() -> Self {
        Self {
            count: RwSignal::new(0),
            saved: StoredValue::new(None),
        }
    }

    /// Reloads the profile whenever `value` turns into a success.
    fn after<T, S>(self, value: S)
    where
        T: 'static,
        S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
    {
        self.after_save(None, value);
    }

    /// Like [`Reload::after`], for the form named `form` (unique on the
    /// page), which takes the returned reference. A reload rebuilds the
    /// page in place: the fields' `value` attributes change, but a field
    /// typed in keeps showing what was typed. So once the profile is read
    /// again, the saved form (and only it) is reset to show what the
    /// server stored: a phone in E.164, an emptied add form. Other forms
    /// keep what is typed in them, and so does this one when its save fails.
    fn form<T, S>(self, form: String, value: S) -> NodeRef<html::Form>
    where
        T: 'static,
        S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
    {
        let node = NodeRef::<html::Form>::new();
        if self.saved.with_value(|saved| saved.as_ref() == Some(&form)) {
            self.saved.set_value(None);
            Effect::new(move |_| {
                if let Some(form) = node.get() {
                    form.reset();
                }
            });
        }
        self.after_save(Some(form), value);
        node
    }

    fn after_save<T, S>(self, form: Option<String>, value: S)
    where
        T: 'static,
        S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
    {
        Effect::new(move |_| {
            if matches!(value.get(), Some(Ok(_))) {
                self.saved.set_value(form.clone());
                self.count.update(|n| *n += 1);
            }
        });
    }
}

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
    let reload = Reload::new();
    provide_context(reload);
    // Both resources are made here, not in the sections: a resource first
    // met while rendering another's result would be streamed in a later
    // chunk, with inline scripts that the CSP does not allow.
    let profile = Resource::new(move || reload.count.get(), |_| get_profile());
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
