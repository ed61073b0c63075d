//! Form checks shared by every domain: the general field checks (short
//! and long text, whole numbers, lists, currencies), each failure a
//! translation key, and [`FieldErrors`], which collects a form's errors and
//! answers them all at once, so a person sees every problem next to its
//! field in one round trip. Values are trimmed by the caller; an empty
//! optional value means "not given".

use crate::error::{AppError, FieldError};
use crate::model::currencies::CURRENCIES;

/// Longest short text (titles, names, places).
pub const TEXT_MAX: usize = 100;
/// Longest free text (a job's description).
pub const DESCRIPTION_MAX: usize = 2000;
/// Most entries in a list (desired titles, desired locations).
pub const LIST_MAX: usize = 10;
/// Largest amount of money.
pub const SALARY_MAX: i64 = 1_000_000_000;

/// A bounded single-line text; `required` refuses an empty one.
pub fn text(value: &str, required: bool) -> Result<(), &'static str> {
    if value.is_empty() {
        return if required {
            Err("error-required")
        } else {
            Ok(())
        };
    }
    if value.chars().count() > TEXT_MAX {
        return Err("error-too-long");
    }
    if value.chars().any(char::is_control) {
        return Err("error-text-invalid");
    }
    Ok(())
}

/// A multi-line text of at most `max` characters (tabs and line breaks
/// allowed, other control characters not).
pub fn long_text(value: &str, max: usize) -> Result<(), &'static str> {
    if value.chars().count() > max {
        return Err("error-too-long");
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err("error-text-invalid");
    }
    Ok(())
}

/// One of the known ISO 4217 currency codes.
pub fn currency(value: &str) -> Result<(), &'static str> {
    if CURRENCIES.contains(&value) {
        Ok(())
    } else {
        Err("error-currency-unknown")
    }
}

/// A whole number in `0..=max`; empty is `None`.
pub fn number(value: &str, max: i64) -> Result<Option<i64>, &'static str> {
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(Some(n)),
        _ => Err("error-number-invalid"),
    }
}

/// Splits a comma- or line-separated list, trimmed, without blanks or
/// repeats, each entry bounded.
pub fn list(value: &str) -> Result<Vec<String>, &'static str> {
    let mut items: Vec<String> = Vec::new();
    for item in value
        .split([',', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        text(item, true)?;
        if !items
            .iter()
            .any(|i| i.to_lowercase() == item.to_lowercase())
        {
            items.push(item.to_string());
        }
    }
    if items.len() > LIST_MAX {
        return Err("error-too-many");
    }
    Ok(items)
}

/// A form's field errors, collected.
#[derive(Default)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// The value, or `None` with the error noted at `field`.
    pub fn check<T>(&mut self, field: &str, result: Result<T, &'static str>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(key) => {
                self.0.push(FieldError::new(field, key));
                None
            }
        }
    }

    pub fn add(&mut self, field: &str, key: &'static str) {
        self.0.push(FieldError::new(field, key));
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }

    pub fn finish(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_are_known_codes() {
        assert_eq!(currency("EUR"), Ok(()));
        assert_eq!(currency("XYZ"), Err("error-currency-unknown"));
    }

    #[test]
    fn lists_are_trimmed_deduplicated_and_bounded() {
        assert_eq!(
            list(" a, b ,A,\n c,"),
            Ok(vec!["a".into(), "b".into(), "c".into()])
        );
        let many = (0..11).map(|i| i.to_string()).collect::<Vec<_>>().join(",");
        assert_eq!(list(&many), Err("error-too-many"));
        assert_eq!(text(&"x".repeat(101), true), Err("error-too-long"));
    }
}
