//! Form checks shared by every domain: the general field checks (short
//! and long text, whole numbers, lists, currencies), each failure a
//! [`Refusal`] (a translation key, and the limit it names: a text too long
//! says how long it may be), and [`FieldErrors`], which collects a form's errors and
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

/// Why a value was refused: the translation key of the message, and the
/// limit the message names (`{ $max }`), if it names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub key: &'static str,
    pub max: Option<usize>,
}

impl Refusal {
    /// Longer than the `max` characters the field takes.
    pub fn too_long(max: usize) -> Self {
        Refusal {
            key: "error-too-long",
            max: Some(max),
        }
    }

    /// The refusal, at `field`.
    pub fn at(self, field: &str) -> FieldError {
        match self.max {
            Some(max) => FieldError::too_long(field, max),
            None => FieldError::new(field, self.key),
        }
    }
}

impl From<&'static str> for Refusal {
    fn from(key: &'static str) -> Self {
        Refusal { key, max: None }
    }
}

/// At most `max` characters (counted as a person counts them, not bytes).
pub fn at_most(value: &str, max: usize) -> Result<(), Refusal> {
    // Counting stops past the limit: a huge value costs no more than a long one.
    if value.chars().nth(max).is_some() {
        Err(Refusal::too_long(max))
    } else {
        Ok(())
    }
}

/// A bounded single-line text; `required` refuses an empty one.
pub fn text(value: &str, required: bool) -> Result<(), Refusal> {
    if value.is_empty() {
        return if required {
            Err("error-required".into())
        } else {
            Ok(())
        };
    }
    at_most(value, TEXT_MAX)?;
    if value.chars().any(char::is_control) {
        return Err("error-text-invalid".into());
    }
    Ok(())
}

/// A multi-line text of at most `max` characters (tabs and line breaks
/// allowed, other control characters not).
pub fn long_text(value: &str, max: usize) -> Result<(), Refusal> {
    at_most(value, max)?;
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err("error-text-invalid".into());
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
pub fn list(value: &str) -> Result<Vec<String>, Refusal> {
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
        return Err("error-too-many".into());
    }
    Ok(items)
}

/// A form's field errors, collected.
#[derive(Default)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// The value, or `None` with the error noted at `field`.
    pub fn check<T>(&mut self, field: &str, result: Result<T, impl Into<Refusal>>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(refusal) => {
                self.0.push(refusal.into().at(field));
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
        assert_eq!(list(&many), Err("error-too-many".into()));
    }

    #[test]
    fn a_text_too_long_names_its_limit() {
        assert_eq!(text(&"x".repeat(100), true), Ok(()));
        assert_eq!(
            text(&"x".repeat(101), true),
            Err(Refusal::too_long(TEXT_MAX))
        );
        assert_eq!(
            Refusal::too_long(TEXT_MAX).at("title"),
            FieldError::too_long("title", 100)
        );
    }
}
