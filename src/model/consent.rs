//! The visitor's cookie choice (P29), as the server decided it for a request
//! and as the browser reads it back from `<html data-consent>`.

use serde::{Deserialize, Serialize};

/// A choice lasts about six months; then the banner asks again.
pub const VALID_DAYS: u32 = 182;

/// The one optional purpose a cookie choice covers today.
pub const PURPOSE_ANALYTICS: &str = "analytics";

/// Where a choice was made: the banner or the cookie choices page.
pub const SOURCES: &[&str] = &["banner", "settings"];

/// Whether usage analytics may run for this visitor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Consent {
    /// No valid choice: none yet, older than six months, or made under an
    /// older policy version. The banner shows; only essential cookies.
    #[default]
    Ask,
    Granted,
    Denied,
}

impl Consent {
    pub fn as_str(self) -> &'static str {
        match self {
            Consent::Ask => "ask",
            Consent::Granted => "granted",
            Consent::Denied => "denied",
        }
    }

    pub fn parse(value: &str) -> Option<Consent> {
        [Consent::Ask, Consent::Granted, Consent::Denied]
            .into_iter()
            .find(|c| c.as_str() == value)
    }

    pub fn analytics(self) -> bool {
        self == Consent::Granted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_round_trips_and_only_granted_allows_analytics() {
        for c in [Consent::Ask, Consent::Granted, Consent::Denied] {
            assert_eq!(Consent::parse(c.as_str()), Some(c));
        }
        assert_eq!(Consent::parse("yes"), None);
        assert!(Consent::Granted.analytics());
        assert!(!Consent::Ask.analytics() && !Consent::Denied.analytics());
    }
}
