//! Display preferences (language, theme), kept in essential cookies.

use crate::error::AppError;
use leptos::prelude::*;

/// Remembers the interface language and sends plain form posts back to
/// `return_to` (a path on this site). A signed-in person's choice is also
/// saved to their profile, where it wins over the cookie on every device.
#[server(endpoint = "prefs/locale")]
pub async fn set_locale(locale: String, return_to: Option<String>) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        let locale = crate::i18n::Locale::from_tag(&locale)
            .ok_or_else(|| AppError::field("locale", "error-choice-invalid"))?;
        crate::server::prefs::remember_locale(locale);
        if let Some(current) = caller.session.clone() {
            crate::server::profile::save_locale(&current.scope, caller.db(), locale).await?;
        }
        crate::server::prefs::redirect_back(return_to.as_deref());
        Ok(())
    })
    .await
}

/// Remembers the colour theme; same redirect rule as [`set_locale`].
#[server(endpoint = "prefs/theme")]
pub async fn set_theme(theme: String, return_to: Option<String>) -> Result<(), AppError> {
    crate::api::respond(async move |_caller| {
        let theme = crate::model::prefs::Theme::parse(&theme)
            .ok_or_else(|| AppError::field("theme", "error-choice-invalid"))?;
        crate::server::prefs::remember_theme(theme);
        crate::server::prefs::redirect_back(return_to.as_deref());
        Ok(())
    })
    .await
}
