//! The instance facts the policy pages state: configuration, and the
//! policy versions in the database (`server::policies`).

use crate::error::AppError;
use crate::i18n::Locale;
use crate::model::format::utc_date;
use crate::model::site::SiteInfo;
use crate::server::policies;
use crate::server::state::AppState;

/// What the policy pages state, in `locale`.
pub async fn info(state: &AppState, locale: Locale) -> Result<SiteInfo, AppError> {
    let config = &state.config;
    let current = policies::in_force(state).await?;
    Ok(SiteInfo {
        privacy_contact: config.privacy_contact.clone(),
        data_location: config.data_location.clone(),
        retention_days: config.retention_days,
        deletion_grace_days: config.deletion_grace_days,
        analytics_retention_days: config.analytics_retention_days,
        policy_version: current.version.clone(),
        policies_updated: utc_date(current.effective_at),
        changes: policies::history(state, locale).await?,
        smtp_relay: config.smtp_url.is_some(),
        object_storage: config.storage_url.is_some(),
        // Only the messages themselves count: a notice with a link does not
        // carry them.
        support_inbox: config.support_email.is_some() && config.support_email_full,
    })
}
