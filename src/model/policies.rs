//! Versioned policies (P31) as pages show them: each version with the day
//! it takes effect and its summary of changes, in the reader's language.

use serde::{Deserialize, Serialize};

/// One published version of the policies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyChange {
    /// The version's name, e.g. `2026-11-23`.
    pub version: String,
    /// Midnight UTC of the day it takes effect (unix ms).
    pub effective_at: i64,
    /// What changed, in the reader's language (English when the version has
    /// no summary in it).
    pub summary: String,
}

/// A version as administrators see it, with every summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyVersionAdmin {
    pub version: String,
    pub effective_at: i64,
    pub summary_en: String,
    pub summary_nl: String,
    pub summary_fr: String,
    pub created_at: i64,
    /// Users emailed about it so far, and users with an address.
    pub notified: i64,
    pub users: i64,
}

/// The longest summary of changes, in characters.
pub const SUMMARY_MAX_CHARS: usize = 2000;
/// The longest version name.
pub const VERSION_MAX_CHARS: usize = 40;
