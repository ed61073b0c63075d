//! The language picker: a plain form, so it works with or without JavaScript.
//! The server sets the cookie and sends the browser back to the same page,
//! which then renders entirely in the new language.

use crate::api::prefs::SetLocale;
use crate::i18n::Locale;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_location;

#[component]
pub fn LocaleSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let return_to = crate::ui::url::here(&location);
    let options = Locale::ALL
        .into_iter()
        .map(|locale| {
            view! {
                <option value=locale.tag() selected=locale == i18n.locale lang=locale.tag()>
                    {locale.native_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <form class="locale-switcher" method="post" action=SetLocale::url()>
            <input type="hidden" name="return_to" value=return_to />
            <label for="locale-select">{i18n.t("locale-label")}</label>
            <select id="locale-select" name="locale">{options}</select>
            <button type="submit" class="button button-small">{i18n.t("locale-apply")}</button>
        </form>
    }
}
