//! The colour theme picker. Without JavaScript each button posts the form
//! and the server remembers the choice; once hydrated, the theme changes at
//! once and the choice is saved in the background.

use crate::api::prefs::SetTheme;
use crate::model::prefs::{Prefs, Theme};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_location;

#[component]
pub fn ThemeSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let initial = use_context::<Prefs>().unwrap_or_default().theme;
    let current = RwSignal::new(initial);
    let save = ServerAction::<SetTheme>::new();
    let location = use_location();
    let return_to = crate::ui::url::here(&location);

    let buttons = Theme::ALL
        .into_iter()
        .map(|theme| {
            let on_click = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                current.set(theme);
                #[cfg(feature = "hydrate")]
                crate::ui::prefs::apply_theme(theme);
                save.dispatch(SetTheme {
                    theme: theme.as_str().to_string(),
                    return_to: None,
                });
            };
            view! {
                <button
                    type="submit"
                    name="theme"
                    value=theme.as_str()
                    class=format!("theme-option theme-{}", theme.as_str())
                    title=i18n.t(theme.label_key())
                    aria-pressed=move || (current.get() == theme).to_string()
                    on:click=on_click
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
                {buttons}
            </fieldset>
        </form>
    }
}
