//! The instance facts the policy pages state.

use crate::api::site::SiteInfo;
use crate::server::config::Config;

/// The date the current privacy policy, cookie policy and terms took effect.
pub const POLICIES_UPDATED: &str = "2026-11-23";

/// The version of the policies in force: what a consent or a sign-up is
/// recorded against.
pub async fn current_policy_version(
    _state: &crate::server::state::AppState,
) -> Result<String, crate::error::AppError> {
    Ok(POLICIES_UPDATED.to_string())
}

pub fn info(config: &Config) -> SiteInfo {
    SiteInfo {
        privacy_contact: config.privacy_contact.clone(),
        data_location: config.data_location.clone(),
        retention_days: config.retention_days,
        policies_updated: POLICIES_UPDATED.to_string(),
    }
}
