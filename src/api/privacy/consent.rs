//! The cookie choice (P29): one server function for the banner and the
//! cookie choices page, so accepting, rejecting and withdrawing are the
//! same single step.

use crate::error::AppError;
use crate::model::consent::Consent;
use leptos::prelude::*;

/// Saves a cookie choice: `choice` is `accept`, `reject`, or `save` (then
/// the `analytics` box decides). `source` says where it was made (`banner`
/// or `settings`). Sets the consent cookie; a signed-in person's choice is
/// also kept as proof with the policy version. A plain form post returns
/// to `return_to` (a path on this site).
#[server(endpoint = "consent/save")]
pub async fn save_consent(
    choice: String,
    analytics: Option<String>,
    #[server(default)] source: String,
    #[server(default)] return_to: String,
) -> Result<Consent, AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::privacy::consent;
        let granted = match choice.as_str() {
            "accept" => true,
            "reject" => false,
            "save" => analytics.is_some(),
            _ => return Err(AppError::field("choice", "error-choice-invalid")),
        };
        let visit = caller.visit_id.clone();
        let lines = consent::save(
            &caller.state,
            &caller.scope,
            granted,
            &source,
            visit.as_deref(),
        )
        .await?;
        consent::send_cookies(&lines);
        if crate::server::prefs::is_local_path(&return_to) {
            crate::api::redirect_plain(&return_to);
        }
        Ok(if granted {
            Consent::Granted
        } else {
            Consent::Denied
        })
    })
    .await
}
