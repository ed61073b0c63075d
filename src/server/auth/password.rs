//! Passwords: the policy a new password must meet. Hashing (argon2id, off
//! the async runtime) is infrastructure, in `server::hashing`.
//!
//! Policy (ASVS 5.0 §6.2): 12 to 128 characters, any characters, never
//! truncated or rewritten; refused when it is one of the 10,000 most common
//! passwords (the list shipped in `common_passwords.txt`, from the zxcvbn
//! project's frequency data) or contains the account's email or name.

pub use crate::server::hashing::Verified;
use std::collections::HashSet;
use std::sync::OnceLock;

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 128;

fn common_passwords() -> &'static HashSet<&'static str> {
    static LIST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("common_passwords.txt")
            .lines()
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// The translation key of the first rule `password` breaks, if any.
pub fn check_policy(password: &str, email: &str, name: &str) -> Result<(), &'static str> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err("error-password-short");
    }
    if chars > MAX_CHARS {
        return Err("error-password-long");
    }
    let lower = password.to_lowercase();
    if common_passwords().contains(lower.as_str()) {
        return Err("error-password-common");
    }
    let email_local = email.split('@').next().unwrap_or("").trim().to_lowercase();
    let name = name.trim().to_lowercase();
    if (email_local.chars().count() >= 4 && lower.contains(&email_local))
        || (name.chars().count() >= 4 && lower.contains(&name))
    {
        return Err("error-password-personal");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_keeps_length_bounds() {
        assert_eq!(
            check_policy("short", "a@b.c", "Ann"),
            Err("error-password-short")
        );
        assert_eq!(
            check_policy(&"x".repeat(129), "a@b.c", "Ann"),
            Err("error-password-long")
        );
        assert_eq!(check_policy(&"é".repeat(12), "a@b.c", "Ann"), Ok(()));
        assert_eq!(
            check_policy("correct horse battery", "a@b.c", "Ann"),
            Ok(())
        );
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        assert_eq!(common_passwords().len(), 10_000);
        assert_eq!(
            check_policy("Qwerty123456", "a@b.c", "Ann"),
            Err("error-password-common")
        );
        assert_eq!(
            check_policy("maria.garcia-2026", "maria.garcia@example.org", "Maria"),
            Err("error-password-personal")
        );
    }
}
