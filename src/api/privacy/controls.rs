//! Server functions of Settings, Privacy: the restriction and objection
//! switches (P27, P28), deleting the account (P22, P25), and the
//! unsubscribe page's check of its link.

use crate::error::AppError;
use crate::model::privacy::PrivacyControls;
use leptos::prelude::*;

#[server(endpoint = "privacy/controls")]
pub async fn get_privacy_controls() -> Result<PrivacyControls, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::privacy::controls::get(&caller.state, &caller.scope).await
    })
    .await
}

/// P27: `restricted` is "on" to freeze processing, anything else to resume.
#[server(endpoint = "privacy/restrict")]
pub async fn set_restriction(restricted: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        let on = restricted == "on";
        crate::server::privacy::controls::set_restricted(&caller.state, &caller.scope, on).await?;
        crate::api::redirect_plain(if on {
            "/settings/privacy?notice=restricted"
        } else {
            "/settings/privacy?notice=unrestricted"
        });
        Ok(())
    })
    .await
}

/// P28: a ticked box keeps that purpose on; an unticked one objects to it.
#[server(endpoint = "privacy/objections")]
pub async fn save_objections(
    analytics: Option<String>,
    ai: Option<String>,
    product_email: Option<String>,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::scope::Objections;
        let objections = Objections {
            analytics: analytics.is_none(),
            ai: ai.is_none(),
            product_email: product_email.is_none(),
        };
        crate::server::privacy::controls::set_objections(&caller.state, &caller.scope, objections)
            .await?;
        crate::api::redirect_plain("/settings/privacy?notice=objections-saved");
        Ok(())
    })
    .await
}

/// P25: disables the account for deletion after checking the password,
/// signs this browser out, and lands on the home page with the date.
#[server(endpoint = "privacy/delete-account")]
pub async fn delete_account(password: String, confirmed: Option<String>) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        if confirmed.is_none() {
            return Err(AppError::field("confirmed", "error-delete-confirm"));
        }
        crate::server::privacy::erasure::request(&caller.state, &caller.scope, password).await?;
        crate::server::auth::session::send_clear_cookie(&caller.state);
        leptos_axum::redirect("/?notice=account-deletion-scheduled");
        Ok(())
    })
    .await
}

/// Whether an unsubscribe link's token is genuine, for the page that asks
/// for the click. Changes nothing.
#[server(endpoint = "privacy/unsubscribe-check")]
pub async fn check_unsubscribe(token: String) -> Result<bool, AppError> {
    crate::api::respond(async move |caller| {
        Ok(crate::server::privacy::controls::unsubscribe::verify(&caller.state, &token).is_some())
    })
    .await
}
