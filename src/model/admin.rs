//! What staff pages show: entries of the audit log, with no personal data.

use serde::{Deserialize, Serialize};

/// The longest reason for a staff act that the audit log keeps.
pub const REASON_MAX: usize = 500;

/// One act of staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// `account.deleted_minor`, …
    pub action: String,
    /// The first characters of the keyed hash of the account acted on.
    pub subject: String,
    /// The staff member who acted was the one viewing.
    pub by_me: bool,
    pub at: i64,
}
