//! What the browser learns about the signed-in account.

use serde::{Deserialize, Serialize};

/// The signed-in person, as the shell needs them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub id: String,
    pub name: String,
    pub email: String,
    pub email_verified: bool,
    pub role: String,
}

/// One of the person's sessions (a signed-in browser).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub id: String,
    /// "Firefox 131 · Linux", or empty when the browser did not say.
    pub device: String,
    pub remembered: bool,
    pub created_at: i64,
    pub last_seen_at: i64,
    /// The session making this request.
    pub current: bool,
}

/// Something that happened to the account (sign-in, password change …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountEvent {
    /// `signed_in`, `sign_in_failed`, `password_changed`, …
    pub kind: String,
    pub device: String,
    pub at: i64,
}

/// The rules a new password must meet, for hints before submitting.
pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_CHARS: usize = 128;

/// A rough strength for the hint shown while typing (0 to 4). The server
/// decides acceptance; this only guides.
pub fn password_strength(password: &str) -> u8 {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return if chars == 0 { 0 } else { 1 };
    }
    let classes = [
        password.chars().any(|c| c.is_lowercase()),
        password.chars().any(|c| c.is_uppercase()),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(|c| !c.is_alphanumeric()),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    let distinct = {
        let mut seen: Vec<char> = password.chars().collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    };
    if distinct < 5 {
        return 1;
    }
    match (chars, classes) {
        (16.., 3..) | (20.., _) => 4,
        (_, 3..) | (16.., _) => 3,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::password_strength;

    #[test]
    fn strength_grows_with_length_and_variety() {
        assert_eq!(password_strength(""), 0);
        assert_eq!(password_strength("short"), 1);
        assert_eq!(password_strength("aaaaaaaaaaaaaaaa"), 1);
        assert_eq!(password_strength("lowercaseonly"), 2);
        assert_eq!(password_strength("Mixed case 1 x"), 3);
        assert_eq!(password_strength("correct horse battery staple"), 4);
    }
}
