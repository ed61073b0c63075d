//! Pages of accounts for people who are not signed in: sign up, sign in,
//! forgotten password, and the pages that email links open.

mod email_link;
mod forgot_password;
mod password_hint;
mod reset_password;
mod sign_in;
mod sign_up;

pub use email_link::{ConfirmEmailPage, VerifyEmailPage};
pub use forgot_password::ForgotPasswordPage;
pub use password_hint::PasswordField;
pub use reset_password::ResetPasswordPage;
pub use sign_in::SignInPage;
pub use sign_up::SignUpPage;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The `token` of an email link, from the page's URL.
fn token_from_query() -> String {
    use_query_map().with_untracked(|q| q.get("token").unwrap_or_default())
}
