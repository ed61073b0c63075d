//! The pages that email links open to confirm an address: the link opens
//! the page and its button confirms (a link prefetched by a mail scanner
//! changes nothing). `/verify-email` confirms the address an account was
//! made with; `/confirm-email` a new address the account moves to.

use super::token_from_query;
use crate::api::auth::VerifyEmail;
use crate::api::auth::account::ConfirmEmailChange;
use crate::ui::components::form::{FormAction, FormError, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// Confirms the address an account was made with.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let action = ServerAction::<VerifyEmail>::new();
    view! { <EmailLinkPage action keys="verify" /> }
}

/// Confirms a new address the account moves to.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let action = ServerAction::<ConfirmEmailChange>::new();
    view! { <EmailLinkPage action keys="confirm-email" /> }
}

/// One button that posts the link's token to `action`. Its texts are the
/// i18n keys `{keys}-title`, `{keys}-lede` and `{keys}-submit`.
#[component]
fn EmailLinkPage<A: FormAction>(action: ServerAction<A>, keys: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let error = last_error(action.value());
    let link_error = move || {
        error
            .get()
            .and_then(|e| e.field_error("token").map(|fe| fe.text(i18n.locale)))
    };
    let title = i18n.t(&format!("{keys}-title"));
    let title_id = format!("{keys}-title");
    let labelled_by = title_id.clone();
    view! {
        <Title text=title.clone() />
        <section class="auth-card" aria-labelledby=labelled_by>
            <h1 id=title_id>{title}</h1>
            <p>{i18n.t(&format!("{keys}-lede"))}</p>
            <p class="error" role="alert" hidden=move || link_error().is_none()>{link_error}</p>
            <ActionForm action>
                <FormError error />
                <input type="hidden" name="token" value=token_from_query() />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t(&format!("{keys}-submit"))}
                </button>
            </ActionForm>
        </section>
    }
}
