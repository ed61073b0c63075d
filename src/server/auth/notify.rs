//! The emails accounts send to their owner, in the owner's language, with
//! links built from the public base URL.

use crate::error::AppError;
use crate::i18n::Locale;
use crate::server::auth::repo::UserRow;
use crate::server::mail::{self, Outgoing, Template};
use crate::server::scope::Scope;
use crate::server::state::AppState;

/// An absolute link to `path` on this site carrying `token`.
pub fn link(state: &AppState, path: &str, token: &str) -> String {
    let mut url = state.config.base_url.clone();
    url.set_path(path);
    url.set_query(Some(&format!("token={token}")));
    url.to_string()
}

fn page(state: &AppState, path: &str) -> String {
    let mut url = state.config.base_url.clone();
    url.set_path(path);
    url.to_string()
}

async fn send(
    state: &AppState,
    user: &UserRow,
    to: &str,
    template: Template,
) -> Result<(), AppError> {
    let mail = Outgoing {
        to: to.to_string(),
        to_name: Some(user.name.clone()),
        user_id: Some(user.id.clone()),
        locale: Locale::from_tag(&user.locale).unwrap_or_default(),
        template,
    };
    mail::queue(state, &Scope::System, mail).await.map(|_| ())
}

pub async fn verify_email(state: &AppState, user: &UserRow, token: &str) -> Result<(), AppError> {
    let template = Template::VerifyEmail {
        name: user.name.clone(),
        link: link(state, "/verify-email", token),
    };
    send(state, user, &user.email, template).await
}

pub async fn password_reset(
    state: &AppState,
    user: &UserRow,
    token: &str,
    minutes: i64,
) -> Result<(), AppError> {
    let template = Template::PasswordReset {
        name: user.name.clone(),
        link: link(state, "/reset-password", token),
        minutes: minutes as u32,
    };
    send(state, user, &user.email, template).await
}

pub async fn password_changed(state: &AppState, user: &UserRow) -> Result<(), AppError> {
    let template = Template::PasswordChanged {
        name: user.name.clone(),
    };
    send(state, user, &user.email, template).await
}

pub async fn confirm_new_email(
    state: &AppState,
    user: &UserRow,
    new_email: &str,
    token: &str,
) -> Result<(), AppError> {
    let template = Template::EmailChangeConfirm {
        name: user.name.clone(),
        link: link(state, "/confirm-email", token),
        new_email: new_email.to_string(),
    };
    send(state, user, new_email, template).await
}

/// Tells the old address that the account moved to `new_email`.
pub async fn email_changed(
    state: &AppState,
    before: &UserRow,
    new_email: &str,
) -> Result<(), AppError> {
    let template = Template::EmailChangedNotice {
        name: before.name.clone(),
        new_email: new_email.to_string(),
    };
    send(state, before, &before.email, template).await
}

/// What someone tried with an address that already has an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    SignUp,
    EmailChange,
}

/// Tells the owner of an address that someone tried to create an account
/// with it, or to move another account to it: the page that was used
/// answered as if the address were free.
pub async fn address_in_use(
    state: &AppState,
    owner: &UserRow,
    attempt: Attempt,
) -> Result<(), AppError> {
    let template = Template::AddressInUse {
        name: owner.name.clone(),
        sign_up: attempt == Attempt::SignUp,
        sign_in_link: page(state, "/sign-in"),
        reset_link: page(state, "/forgot-password"),
    };
    send(state, owner, &owner.email, template).await
}

pub async fn account_locked(
    state: &AppState,
    user: &UserRow,
    minutes: i64,
) -> Result<(), AppError> {
    let template = Template::AccountLocked {
        name: user.name.clone(),
        minutes: minutes as u32,
        reset_link: page(state, "/forgot-password"),
    };
    send(state, user, &user.email, template).await
}
