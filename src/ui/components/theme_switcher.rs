//! The colour theme picker. Without JavaScript each button posts the form
//! and the server remembers the choice; once live, [`LiveTheme`] changes
//! the theme at once and saves the choice in the background.

use crate::api::prefs::SetTheme;
use crate::model::prefs::{Prefs, Theme};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_location;

#[component]
pub fn ThemeSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let current = use_context::<Prefs>().unwrap_or_default().theme;
    let return_to = crate::ui::url::here_untracked(&use_location());
    let buttons = Theme::ALL
        .into_iter()
        .map(|theme| {
            view! {
                <button
                    type="submit"
                    name="theme"
                    value=theme.as_str()
                    class=format!("theme-option theme-{}", theme.as_str())
                    title=i18n.t(theme.label_key())
                    aria-pressed=(current == theme).to_string()
                >
                    <span class="theme-icon" aria-hidden="true"></span>
                    <span class="sr-only">{i18n.t(theme.label_key())}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <form class="theme-switcher" method="post" action=SetTheme::url()>
            <input type="hidden" name="return_to" value=return_to />
            <fieldset>
                <legend class="sr-only">{i18n.t("theme-label")}</legend>
                <LiveTheme>{buttons}</LiveTheme>
            </fieldset>
        </form>
    }
}

/// Takes the clicks on the theme buttons it holds: the theme changes on
/// `<html data-theme>` at once, and the server remembers it.
#[island]
fn LiveTheme(children: Children) -> impl IntoView {
    let on_click = move |ev: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        choose(ev);
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    view! { <span class="theme-options" on:click=on_click>{children()}</span> }
}

#[cfg(feature = "hydrate")]
fn choose(ev: leptos::ev::MouseEvent) {
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::Element;
    let Some(button) = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("button[name=theme]").ok().flatten())
    else {
        return;
    };
    let Some(theme) = button.get_attribute("value").and_then(|v| Theme::parse(&v)) else {
        return;
    };
    ev.prevent_default();
    if let Some(root) = crate::ui::browser::root() {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
    if let Some(options) = button.parent_element() {
        let buttons = options.children();
        for i in 0..buttons.length() {
            if let Some(b) = buttons.item(i) {
                let pressed = b.get_attribute("value").as_deref() == Some(theme.as_str());
                let _ = b.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
            }
        }
    }
    leptos::task::spawn_local(async move {
        let _ = crate::ui::browser::call(SetTheme::url(), &[("theme", theme.as_str())]).await;
    });
}
