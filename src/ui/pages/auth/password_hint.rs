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
    let hint = i18n.t_with(
        "password-rules",
        &[("min", (PASSWORD_MIN_CHARS as i64).into())],
    );
    let levels = [
        "password-strength-weak",
        "password-strength-fair",
        "password-strength-good",
        "password-strength-strong",
    ]
    .map(|key| i18n.t(key));
    view! {
        <StrengthMeter levels=levels.to_vec() label=i18n.t("password-strength")>
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
            />
        </StrengthMeter>
    }
}

/// Follows what is typed in the password field it holds and shows how
/// strong it is: `levels` are the words for 1 to 4.
#[island]
fn StrengthMeter(levels: Vec<String>, label: String, children: Children) -> impl IntoView {
    let strength = RwSignal::new(0u8);
    let word = move || {
        let s = usize::from(strength.get());
        levels.get(s.wrapping_sub(1)).cloned()
    };
    view! {
        <div class="strength-field" on:input=move |ev| strength.set(password_strength(&event_target_value(&ev)))>
            {children()}
        </div>
        <div class="strength" aria-live="polite" hidden=move || strength.get() == 0>
            <meter min="0" max="4" low="2" high="3" optimum="4" value=move || strength.get()
                aria-label=label></meter>
            <span>{word}</span>
        </div>
    }
}
