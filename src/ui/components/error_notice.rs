//! How an error reads on a page: the translated message, and for an internal
//! error the reference to quote when reporting it.

use crate::error::AppError;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    let reference = match &error {
        AppError::Internal {
            request_id: Some(id),
        } => Some(i18n.t_with("error-reference", &[("id", id.clone().into())])),
        _ => None,
    };
    let message = error.message(i18n.locale);
    view! {
        <div class="error" role="alert">
            <p>{message}</p>
            {reference.map(|r| view! { <p class="error-reference">{r}</p> })}
        </div>
    }
}
