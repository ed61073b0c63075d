//! Facts about this instance that pages state: they come from configuration
//! and the database, so the policy pages say exactly what the server does.

use crate::model::policies::PolicyChange;
use serde::{Deserialize, Serialize};

/// What the policy pages quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// Privacy contact (email address or URL); `None` when not configured.
    pub privacy_contact: Option<String>,
    /// Where the data is hosted, in the operator's words; `None` when not configured.
    pub data_location: Option<String>,
    /// Days within which a deleted account's personal data is erased.
    pub retention_days: u32,
    /// Days a deleted account stays disabled, when signing in cancels the deletion.
    pub deletion_grace_days: u32,
    /// Days raw usage events are kept before only daily totals remain.
    pub analytics_retention_days: u32,
    /// The policy version in force.
    pub policy_version: String,
    /// The day (YYYY-MM-DD) the version in force took effect.
    pub policies_updated: String,
    /// Every published version, newest first (announced ones included).
    pub changes: Vec<PolicyChange>,
    /// Email goes out through an SMTP server (`SMTP_URL`), rather than
    /// being written to files on this server.
    pub smtp_relay: bool,
    /// Documents are kept in an S3-compatible object store (`STORAGE_URL`),
    /// rather than on this server's disk.
    pub object_storage: bool,
    /// Support messages are also emailed to a support inbox
    /// (`OFFERLINE_SUPPORT_EMAIL` with `OFFERLINE_SUPPORT_EMAIL_CONTENT=full`).
    pub support_inbox: bool,
}
