//! Translation inside components: `let i18n = use_i18n(); i18n.t("nav-privacy")`.

use crate::i18n::{Args, Locale, translate, translate_with};
use crate::model::prefs::Prefs;
use leptos::prelude::*;

/// The current locale, with shorthands to translate into it.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    pub locale: Locale,
}

impl I18n {
    pub fn t(&self, key: &str) -> String {
        translate(self.locale, key)
    }

    pub fn t_with(&self, key: &str, args: &Args) -> String {
        translate_with(self.locale, key, args)
    }
}

/// The visitor's locale, as decided for this request (see `ui::prefs`).
pub fn use_i18n() -> I18n {
    let prefs = use_context::<Prefs>().unwrap_or_default();
    I18n {
        locale: prefs.locale,
    }
}
