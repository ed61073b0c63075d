//! Checks on account fields; each failure is a translation key.

/// Longest email address SMTP can carry (RFC 5321).
pub const EMAIL_MAX: usize = 254;
pub const NAME_MAX: usize = 100;

pub fn email(value: &str) -> Result<(), &'static str> {
    if value.is_empty() {
        return Err("error-required");
    }
    let domain = value.rsplit_once('@').map_or("", |(_, d)| d);
    if value.len() > EMAIL_MAX
        || !email_address::EmailAddress::is_valid(value)
        || !domain.contains('.')
        || domain.starts_with('[')
    {
        return Err("error-email-invalid");
    }
    Ok(())
}

pub fn name(value: &str) -> Result<(), &'static str> {
    if value.is_empty() {
        return Err("error-required");
    }
    if value.chars().count() > NAME_MAX || value.chars().any(char::is_control) {
        return Err("error-name-invalid");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_need_a_mailbox_and_a_real_domain() {
        assert_eq!(email("ana@example.org"), Ok(()));
        assert_eq!(email(""), Err("error-required"));
        for bad in [
            "ana",
            "ana@",
            "ana@localhost",
            "a b@example.org",
            "ana@[127.0.0.1]",
        ] {
            assert_eq!(email(bad), Err("error-email-invalid"), "{bad}");
        }
        assert_eq!(
            email(&format!("{}@example.org", "a".repeat(250))),
            Err("error-email-invalid")
        );
    }

    #[test]
    fn names_are_bounded_and_printable() {
        assert_eq!(name("Zoë Janssens"), Ok(()));
        assert_eq!(name(""), Err("error-required"));
        assert_eq!(name("a\u{0}b"), Err("error-name-invalid"));
        assert_eq!(name(&"x".repeat(101)), Err("error-name-invalid"));
    }
}
