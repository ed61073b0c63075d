//! Settings of the signed-in account. Every page here asks for sign-in and
//! is never cached.

mod account;
mod data;
mod data_download;
mod data_transfer;
mod privacy;
mod profile;
mod sessions;
mod support;
mod support_ticket;

pub use account::AccountSettingsPage;
pub use data::DataPage;
pub use data_download::PreparedDownloadPage;
pub use privacy::PrivacySettingsPage;
pub use profile::ProfilePage;
pub use sessions::SessionsPage;
pub use support::SupportPage;
pub use support_ticket::{SupportTicketPage, thread as ticket_thread};

use crate::api::auth::get_me;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

/// Renders `children` for a signed-in person; sends a visitor to sign in
/// and back here afterwards.
#[component]
pub fn RequireSignIn(children: ChildrenFn) -> impl IntoView {
    // Its own request, made when the page mounts: the shared header resource
    // may still hold the answer from before a sign-in that just happened.
    let me = Resource::new(|| (), |_| get_me());
    let location = use_location();
    let children = StoredValue::new(children);
    view! {
        <Suspense>
            {move || me.get().map(|me| match me {
                Ok(Some(_)) => children.with_value(|c| c()).into_any(),
                _ => {
                    let back = crate::ui::url::here_untracked(&location);
                    let path = format!("/sign-in?return_to={}", crate::ui::url::encode(&back));
                    view! { <Redirect path /> }.into_any()
                }
            })}
        </Suspense>
    }
}

/// The settings sections, as tabs.
#[component]
pub fn SettingsNav(current: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let tabs = [
        ("account", "/settings", "settings-account"),
        ("profile", "/settings/profile", "settings-profile"),
        ("sessions", "/settings/sessions", "settings-sessions"),
        ("support", "/settings/support", "settings-support"),
        ("privacy", "/settings/privacy", "settings-privacy"),
        ("data", "/settings/data", "settings-data"),
    ];
    view! {
        <nav class="tabs" aria-label=i18n.t("settings-title")>
            <ul>
                {tabs.into_iter().map(|(id, href, key)| view! {
                    <li><a href=href aria-current=(id == current).then_some("page")>{i18n.t(key)}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}
