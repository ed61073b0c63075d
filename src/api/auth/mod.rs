//! Server functions of accounts: sign-up, sign-in, sign-out, email
//! verification and password reset. Each works as a plain form post (the
//! server redirects) and from the hydrated app.

pub mod account;

use crate::error::AppError;
use crate::model::account::Me;
use leptos::prelude::*;

/// Where a person lands after signing in.
pub const AFTER_SIGN_IN: &str = "/boards";

/// The page a sign-up answers with, whatever the address: check your inbox.
pub const SIGN_UP_SENT: &str = "/sign-up?sent=1";

/// The signed-in person, or `None` for a visitor.
#[server(endpoint = "auth/me")]
pub async fn get_me() -> Result<Option<Me>, AppError> {
    crate::api::respond(async move |caller| {
        let Some(current) = &caller.session else {
            return Ok(None);
        };
        crate::server::auth::accounts::me(&current.scope, caller.db())
            .await
            .map(Some)
    })
    .await
}

#[server(endpoint = "auth/sign-up")]
pub async fn sign_up(
    name: String,
    email: String,
    password: String,
    age_confirmed: Option<String>,
    policy_accepted: Option<String>,
    remember: Option<String>,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        let locale = caller.locale();
        let input = auth::SignUp {
            name,
            email,
            password,
            age_confirmed: age_confirmed.is_some(),
            policy_accepted: policy_accepted.is_some(),
            remember: remember.is_some(),
            locale,
        };
        let sent = auth::sign_up(&caller.state, &caller.client, input).await?;
        let cookie = &crate::model::cookies::SIGN_UP;
        crate::server::prefs::set_cookie(cookie, &sent.browser.cookie_value());
        leptos_axum::redirect(SIGN_UP_SENT);
        Ok(())
    })
    .await
}

/// A session the browser already had ends when it signs in: a new
/// token every time, so a session fixed or seen before cannot ride along.
#[cfg(feature = "ssr")]
async fn end_previous_session(caller: &crate::api::Caller) {
    if let Some(old) = caller.session.clone() {
        let _ = crate::server::auth::sign_out(&caller.state, &old.scope, &old.id).await;
    }
}

#[server(endpoint = "auth/sign-in")]
pub async fn sign_in(
    email: String,
    password: String,
    remember: Option<String>,
    return_to: Option<String>,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        let issued = auth::sign_in(
            &caller.state,
            &caller.client,
            &email,
            password,
            remember.is_some(),
        )
        .await?;
        end_previous_session(&caller).await;
        auth::session::send_cookie(&caller.state, &issued);
        let target = if issued.deletion_cancelled {
            "/settings/privacy?notice=deletion-cancelled".to_string()
        } else {
            return_to
                .filter(|p| crate::server::prefs::is_local_path(p))
                .unwrap_or_else(|| AFTER_SIGN_IN.to_string())
        };
        leptos_axum::redirect(&target);
        Ok(())
    })
    .await
}

#[server(endpoint = "auth/sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        if let Some(current) = caller.session.clone() {
            auth::sign_out(&caller.state, &current.scope, &current.id).await?;
        }
        auth::session::send_clear_cookie(&caller.state);
        leptos_axum::redirect("/");
        Ok(())
    })
    .await
}

#[server(endpoint = "auth/verify-email")]
pub async fn verify_email(token: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        let cookie = &crate::model::cookies::SIGN_UP;
        let browser = leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|parts| crate::server::prefs::request_cookie(&parts.headers, cookie.name))
            .and_then(|value| auth::BrowserLink::parse(&value));
        let issued =
            auth::verify_email(&caller.state, &caller.client, &token, browser.as_ref()).await?;
        if browser.is_some() {
            crate::server::prefs::clear_cookie(cookie);
        }
        let target = if let Some(issued) = issued {
            end_previous_session(&caller).await;
            auth::session::send_cookie(&caller.state, &issued);
            "/boards?notice=email-verified"
        } else if caller.session.is_some() {
            "/settings?notice=email-verified"
        } else {
            "/sign-in?notice=email-verified"
        };
        leptos_axum::redirect(target);
        Ok(())
    })
    .await
}

#[server(endpoint = "auth/resend-verification")]
pub async fn resend_verification() -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        auth::resend_verification(&caller.state, &caller.scope).await?;
        leptos_axum::redirect("/settings?notice=verification-sent");
        Ok(())
    })
    .await
}

/// Always answers the same way, whether or not the address has an account.
#[server(endpoint = "auth/forgot-password")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        auth::request_password_reset(&caller.state, &caller.client, &email).await?;
        leptos_axum::redirect("/forgot-password?sent=1");
        Ok(())
    })
    .await
}

#[server(endpoint = "auth/reset-password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::auth;
        auth::reset_password(&caller.state, &caller.client, &token, password).await?;
        auth::session::send_clear_cookie(&caller.state);
        leptos_axum::redirect("/sign-in?notice=password-reset");
        Ok(())
    })
    .await
}

/// Whether a password reset link still works.
#[server(endpoint = "auth/reset-link")]
pub async fn reset_link_is_live(token: String) -> Result<bool, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::auth::reset_link_is_live(&caller.state, &token).await
    })
    .await
}
