//! The rules of the card form (`model::card::CardForm`): every field
//! checked at once, each failure a translation key at its field, and the
//! checked values typed (`CardFields`), ready to store.

use crate::error::AppError;
use crate::model::board::STAGE_COLORS;
use crate::model::card::{CardFields, CardForm};
use crate::model::profile::{JOB_TYPES, SALARY_PERIODS, WORK_MODES};
use crate::server::validation::FieldErrors;
use crate::server::validation::{self as v, SALARY_MAX};

/// Longest job description or notes.
pub const LONG_TEXT_MAX: usize = 20_000;
/// Longest job link.
pub const URL_MAX: usize = 2_000;

/// Checks every field; answers the fields to store (the company by name,
/// not yet resolved to its record) or all the field errors.
pub fn check(input: &CardForm) -> Result<CardFields, AppError> {
    let mut errors = FieldErrors::default();
    errors.check("title", v::text(&input.title, true));
    errors.check("company", v::text(&input.company, false));
    errors.check("job_url", url(&input.job_url));
    errors.check("description", long_text(&input.description));
    errors.check("location", v::text(&input.location, false));
    errors.check("work_mode", choice(&input.work_mode, WORK_MODES));
    let min = errors.check("salary_min", v::number(&input.salary_min, SALARY_MAX));
    let max = errors.check("salary_max", v::number(&input.salary_max, SALARY_MAX));
    if let (Some(Some(min)), Some(Some(max))) = (min, max)
        && min > max
    {
        errors.add("salary_max", "error-salary-range");
    }
    if !input.salary_currency.is_empty() {
        errors.check("salary_currency", v::currency(&input.salary_currency));
    }
    errors.check(
        "salary_period",
        choice(&input.salary_period, SALARY_PERIODS),
    );
    errors.check("job_type", choice(&input.job_type, JOB_TYPES));
    errors.check("source", v::text(&input.source, false));
    let deadline = errors.check("deadline", date(&input.deadline));
    let applied_on = errors.check("applied_on", date(&input.applied_on));
    let excitement = errors.check("excitement", excitement(&input.excitement));
    let tags = errors.check("tags", v::list(&input.tags));
    errors.check("notes", long_text(&input.notes));
    errors.finish()?;
    Ok(CardFields {
        title: input.title.clone(),
        company: input.company.clone(),
        job_url: input.job_url.clone(),
        description: input.description.clone(),
        location: input.location.clone(),
        work_mode: input.work_mode.clone(),
        salary_min: min.flatten(),
        salary_max: max.flatten(),
        salary_currency: input.salary_currency.clone(),
        salary_period: input.salary_period.clone(),
        job_type: input.job_type.clone(),
        source: input.source.clone(),
        deadline: deadline.flatten(),
        applied_on: applied_on.flatten(),
        excitement: excitement.flatten(),
        tags: tags.unwrap_or_default(),
        notes: input.notes.clone(),
    })
}

/// Empty, or one of `allowed`.
pub fn choice(value: &str, allowed: &[&str]) -> Result<(), &'static str> {
    if value.is_empty() || allowed.contains(&value) {
        Ok(())
    } else {
        Err("error-choice-invalid")
    }
}

/// One of the stage colours.
pub fn color(value: &str) -> Result<(), &'static str> {
    if STAGE_COLORS.contains(&value) {
        Ok(())
    } else {
        Err("error-choice-invalid")
    }
}

/// Empty, or an http(s) address.
pub fn url(value: &str) -> Result<(), v::Refusal> {
    if value.is_empty() {
        return Ok(());
    }
    v::at_most(value, URL_MAX)?;
    match url::Url::parse(value) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(()),
        _ => Err("error-url-invalid".into()),
    }
}

/// A long text: a description, notes.
pub fn long_text(value: &str) -> Result<(), v::Refusal> {
    v::long_text(value, LONG_TEXT_MAX)
}

/// Empty (`None`), or a `YYYY-MM-DD` calendar date between 1900 and 2100.
pub fn date(value: &str) -> Result<Option<String>, &'static str> {
    if value.is_empty() {
        return Ok(None);
    }
    match chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(d) if value.len() == 10 && (1900..=2100).contains(&chrono::Datelike::year(&d)) => {
            Ok(Some(d.format("%Y-%m-%d").to_string()))
        }
        _ => Err("error-date-invalid"),
    }
}

/// Empty (`None`), or 1 to 5.
pub fn excitement(value: &str) -> Result<Option<i64>, &'static str> {
    match v::number(value, 5) {
        Ok(Some(0)) | Err(_) => Err("error-excitement-invalid"),
        Ok(n) => Ok(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> CardForm {
        CardForm {
            title: "Backend engineer".into(),
            ..CardForm::default()
        }
    }

    #[test]
    fn a_title_alone_is_a_card() {
        let fields = check(&input()).expect("valid");
        assert_eq!(fields.title, "Backend engineer");
        assert!(fields.tags.is_empty());
        assert_eq!(fields.deadline, None);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let bad = CardForm {
            title: String::new(),
            job_url: "javascript:alert(1)".into(),
            work_mode: "moon".into(),
            salary_min: "90000".into(),
            salary_max: "50000".into(),
            deadline: "2026-02-30".into(),
            excitement: "6".into(),
            ..CardForm::default()
        };
        let Err(AppError::Validation(errors)) = check(&bad) else {
            panic!("invalid")
        };
        let got: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.message.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("title", "error-required"),
                ("job_url", "error-url-invalid"),
                ("work_mode", "error-choice-invalid"),
                ("salary_max", "error-salary-range"),
                ("deadline", "error-date-invalid"),
                ("excitement", "error-excitement-invalid"),
            ]
        );
    }

    #[test]
    fn dates_urls_and_excitement_accept_what_they_should() {
        assert_eq!(date("2026-11-23"), Ok(Some("2026-11-23".into())));
        assert_eq!(date(""), Ok(None));
        assert_eq!(date("23/11/2026"), Err("error-date-invalid"));
        assert_eq!(url("https://jobs.example.com/42?ref=x"), Ok(()));
        assert_eq!(url("ftp://example.com"), Err("error-url-invalid".into()));
        assert_eq!(
            url(&format!("https://example.com/{}", "a".repeat(URL_MAX))),
            Err(v::Refusal::too_long(URL_MAX))
        );
        assert_eq!(excitement("3"), Ok(Some(3)));
        assert_eq!(excitement("0"), Err("error-excitement-invalid"));
        assert_eq!(excitement(""), Ok(None));
    }
}
