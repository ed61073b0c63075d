//! Career preferences: desired titles and locations, ways of working, job
//! types, salary range with currency and period, notice period.

use super::{non_empty, to_json, validate};
use crate::error::AppError;
use crate::model::profile::{CareerForm, JOB_TYPES, SALARY_PERIODS, WORK_MODES};
use crate::server::db::Db;
use crate::server::profile::repo::{self, CareerRow};
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use crate::server::validation::{self as v, FieldErrors};

/// The rules of the career form; answers the row to store.
pub fn check(input: &CareerForm) -> Result<CareerRow, AppError> {
    let (work_modes, job_types) = (input.work_modes(), input.job_types());
    let mut errors = FieldErrors::default();
    let titles = errors.check("desired_titles", v::list(&input.desired_titles));
    let locations = errors.check("desired_locations", v::list(&input.desired_locations));
    let in_list = |values: &[String], allowed: &[&str]| {
        if values.iter().all(|v| allowed.contains(&v.as_str())) {
            Ok(())
        } else {
            Err("error-choice-invalid")
        }
    };
    errors.check("work_modes", in_list(&work_modes, WORK_MODES));
    errors.check("job_types", in_list(&job_types, JOB_TYPES));
    let min = errors.check(
        "salary_min",
        v::number(input.salary_min.trim(), v::SALARY_MAX),
    );
    let max = errors.check(
        "salary_max",
        v::number(input.salary_max.trim(), v::SALARY_MAX),
    );
    if let (Some(Some(min)), Some(Some(max))) = (min, max)
        && max < min
    {
        errors.check::<()>("salary_max", Err("error-salary-range"));
    }
    let currency = input.salary_currency.trim().to_uppercase();
    if !currency.is_empty() {
        errors.check("salary_currency", v::currency(&currency));
    }
    let period = input.salary_period.trim();
    if !period.is_empty() && !SALARY_PERIODS.contains(&period) {
        errors.check::<()>("salary_period", Err("error-choice-invalid"));
    }
    let notice = errors.check(
        "notice_weeks",
        v::number(input.notice_weeks.trim(), validate::NOTICE_WEEKS_MAX),
    );
    errors.finish()?;
    let ordered = |chosen: &[String], all: &[&str]| -> Vec<String> {
        all.iter()
            .filter(|a| chosen.iter().any(|c| c == *a))
            .map(|a| a.to_string())
            .collect()
    };
    Ok(CareerRow {
        desired_titles: to_json(&titles.unwrap_or_default()),
        desired_locations: to_json(&locations.unwrap_or_default()),
        work_modes: to_json(&ordered(&work_modes, WORK_MODES)),
        job_types: to_json(&ordered(&job_types, JOB_TYPES)),
        salary_min: min.flatten(),
        salary_max: max.flatten(),
        salary_currency: non_empty(&currency).map(str::to_string),
        salary_period: non_empty(period).map(str::to_string),
        notice_weeks: notice.flatten(),
    })
}

pub async fn save_career(scope: &Scope, db: &Db, input: &CareerForm) -> Result<(), AppError> {
    scope.user()?;
    let row = check(input)?;
    repo::save_career(scope, db, &row, now_ms()).await
}
