//! The privacy switches of an account, as Settings, Privacy shows them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyControls {
    /// Since when processing is frozen (P27), if it is.
    pub restricted_since: Option<i64>,
    /// Opted out of usage analytics (P28).
    pub objects_analytics: bool,
    /// Opted out of AI processing.
    pub objects_ai: bool,
    /// Opted out of product news and tips emails.
    pub objects_product_email: bool,
    /// Days between "Delete my account" and the purge; signing in within
    /// them cancels.
    pub deletion_grace_days: u32,
    /// Days within which everything is erased.
    pub retention_days: u32,
}
