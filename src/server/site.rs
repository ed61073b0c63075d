//! The instance facts the policy pages state.

use crate::api::site::SiteInfo;
use crate::server::config::Config;

/// The date the current privacy policy, cookie policy and terms took effect.
pub const POLICIES_UPDATED: &str = "2026-11-23";

pub fn info(config: &Config) -> SiteInfo {
    SiteInfo {
        privacy_contact: config.privacy_contact.clone(),
        data_location: config.data_location.clone(),
        retention_days: config.retention_days,
        policies_updated: POLICIES_UPDATED.to_string(),
    }
}
