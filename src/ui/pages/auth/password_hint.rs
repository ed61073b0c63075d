//! A new-password field with the rules up front and, once the page is live,
//! a strength meter that follows each keystroke.

use crate::error::AppError;
use crate::model::account::{PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, password_strength};
use crate::ui::components::form::Field;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn PasswordField(
    name: &'static str,
    #[prop(into)] label: String,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let strength = RwSignal::new(0u8);
    let hint = i18n.t_with(
        "password-rules",
        &[("min", (PASSWORD_MIN_CHARS as i64).into())],
    );
    let label_key = move || match strength.get() {
        0 => None,
        1 => Some("password-strength-weak"),
        2 => Some("password-strength-fair"),
        3 => Some("password-strength-good"),
        _ => Some("password-strength-strong"),
    };
    view! {
        <Field
            name=name
            label=label
            kind="password"
            autocomplete="new-password"
            required=true
            minlength=PASSWORD_MIN_CHARS
            maxlength=PASSWORD_MAX_CHARS
            hint=hint
            error=error
            on_input=Callback::new(move |value: String| strength.set(password_strength(&value)))
        />
        <div class="strength" aria-live="polite" hidden=move || label_key().is_none()>
            <meter min="0" max="4" low="2" high="3" optimum="4" value=move || strength.get()
                aria-label=i18n.t("password-strength")></meter>
            <span>{move || label_key().map(|k| i18n.t(k))}</span>
        </div>
    }
}
