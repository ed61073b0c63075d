//! Facts about this instance that pages state: they come from configuration
//! so the policy pages say exactly what the server does.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The configuration that the policy pages quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// Privacy contact (email address or URL); `None` when not configured.
    pub privacy_contact: Option<String>,
    /// Where the data is hosted, in the operator's words; `None` when not configured.
    pub data_location: Option<String>,
    /// Days within which a deleted account's personal data is erased.
    pub retention_days: u32,
    /// The date (YYYY-MM-DD) the current policies took effect.
    pub policies_updated: String,
}

#[server(endpoint = "site/info")]
pub async fn get_site_info() -> Result<SiteInfo, AppError> {
    crate::api::respond(async move {
        let state = crate::server::state::AppState::from_context()?;
        Ok(crate::server::site::info(&state.config))
    })
    .await
}
