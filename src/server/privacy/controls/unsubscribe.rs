//! One-click unsubscribe from product email (P28, RFC 8058). Each
//! non-essential message names a signed link, `/email/unsubscribe?token=…`:
//! the `List-Unsubscribe` header carries it with `List-Unsubscribe-Post:
//! List-Unsubscribe=One-Click`, so a mail client unsubscribes with one POST,
//! and the message body links to the `/unsubscribe` page, which asks for
//! one click (a GET never changes anything, so link scanners cannot
//! unsubscribe anyone). The token is the account id and an HMAC of it
//! under the instance's secret key: it works without signing in, cannot be
//! forged for another account, and stays valid as long as the account.

use crate::error::AppError;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;

const PURPOSE: &str = "unsubscribe.product_email";

/// The token that unsubscribes `user_id` from product email.
pub fn token(state: &AppState, user_id: &str) -> String {
    let mac = state.config.secrets.secret_key.keyed_hash(PURPOSE, user_id);
    format!("{user_id}.{mac}")
}

/// The account a token names, if its signature holds.
pub fn verify(state: &AppState, token: &str) -> Option<String> {
    let (user_id, mac) = token.rsplit_once('.')?;
    let key = &state.config.secrets.secret_key;
    key.verify_keyed_hash(PURPOSE, user_id, mac)
        .then(|| user_id.to_string())
}

/// The URL mail clients POST to (and the `List-Unsubscribe` header names).
pub fn one_click_url(state: &AppState, user_id: &str) -> String {
    state.config.link(&format!(
        "/email/unsubscribe?token={}",
        token(state, user_id)
    ))
}

/// The page a person opens from the message body.
pub fn page_url(state: &AppState, user_id: &str) -> String {
    state
        .config
        .link(&format!("/unsubscribe?token={}", token(state, user_id)))
}

/// Opts the token's account out of product email. `NotFound` for a token
/// that does not verify or whose account is gone.
pub async fn apply(state: &AppState, token: &str) -> Result<(), AppError> {
    let user_id = verify(state, token).ok_or(AppError::NotFound)?;
    let now = now_ms();
    if !super::repo::object_to_product_email(&Scope::System, &state.db, &user_id, now).await? {
        return Err(AppError::NotFound);
    }
    crate::server::auth::accounts::record(&state.db, &user_id, "unsubscribed", now).await?;
    tracing::info!("unsubscribed from product email");
    Ok(())
}
