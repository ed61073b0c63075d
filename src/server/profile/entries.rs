//! Dated entries: jobs and courses. Each kind checks its own fields; adding
//! (within [`validate::ENTRIES_MAX`]) and correcting are shared.

use super::{new_id, non_empty, room_for, validate};
use crate::error::AppError;
use crate::model::profile::{Education, Experience};
use crate::server::db::Db;
use crate::server::profile::repo::{
    self, EducationColumns, EducationRow, EntryColumns, EntryRow, ExperienceColumns, ExperienceRow,
};
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use crate::server::validation::{self as v, FieldErrors};

/// Checks a start and an optional end month; the end may not come first.
fn check_months(errors: &mut FieldErrors, start: &str, end: Option<&str>) {
    let start_ok = errors
        .check("start_month", validate::month(start))
        .is_some();
    if let Some(end) = end
        && errors.check("end_month", validate::month(end)).is_some()
        && start_ok
        && end < start
    {
        errors.check::<()>("end_month", Err("error-end-before-start"));
    }
}

/// A job as posted; `id` is empty when adding.
#[derive(Debug, Clone, Default)]
pub struct ExperienceInput {
    pub id: String,
    pub title: String,
    pub company: String,
    pub start_month: String,
    pub end_month: String,
    pub current: bool,
    pub description: String,
}

/// The rules of the job form: its fields checked, the errors in the first.
fn experience(input: &ExperienceInput) -> (FieldErrors, ExperienceColumns, String, Option<String>) {
    let title = input.title.trim();
    let company = input.company.trim();
    let start = input.start_month.trim();
    let end = input.end_month.trim();
    let description = input.description.trim();
    let mut errors = FieldErrors::default();
    errors.check("title", v::text(title, true));
    errors.check("company", v::text(company, true));
    let end = if input.current {
        None
    } else if end.is_empty() {
        errors.check::<()>("end_month", Err("error-end-or-current"));
        None
    } else {
        Some(end)
    };
    check_months(&mut errors, start, end);
    errors.check("description", v::long_text(description, v::DESCRIPTION_MAX));
    let own = ExperienceColumns {
        title: title.into(),
        company: company.into(),
        description: description.into(),
    };
    (errors, own, start.into(), end.map(str::to_string))
}

/// Whether a job passes the rules of the job form.
pub fn check_experience(input: &ExperienceInput) -> Result<(), AppError> {
    experience(input).0.finish()
}

pub async fn save_experience(
    scope: &Scope,
    db: &Db,
    input: ExperienceInput,
) -> Result<(), AppError> {
    scope.user()?;
    let (errors, own, start, end) = experience(&input);
    save_entry(scope, db, errors, input.id, own, &start, end.as_deref()).await
}

/// A course as posted; `id` is empty when adding.
#[derive(Debug, Clone, Default)]
pub struct EducationInput {
    pub id: String,
    pub school: String,
    pub degree: String,
    pub field: String,
    pub start_month: String,
    pub end_month: String,
}

/// The rules of the course form: its fields checked, the errors in the first.
fn education(input: &EducationInput) -> (FieldErrors, EducationColumns, String, Option<String>) {
    let school = input.school.trim();
    let degree = input.degree.trim();
    let field = input.field.trim();
    let start = input.start_month.trim();
    let end = non_empty(input.end_month.trim());
    let mut errors = FieldErrors::default();
    errors.check("school", v::text(school, true));
    errors.check("degree", v::text(degree, false));
    errors.check("field", v::text(field, false));
    check_months(&mut errors, start, end);
    let own = EducationColumns {
        school: school.into(),
        degree: degree.into(),
        field: field.into(),
    };
    (errors, own, start.into(), end.map(str::to_string))
}

/// Whether a course passes the rules of the course form.
pub fn check_education(input: &EducationInput) -> Result<(), AppError> {
    education(input).0.finish()
}

pub async fn save_education(scope: &Scope, db: &Db, input: EducationInput) -> Result<(), AppError> {
    scope.user()?;
    let (errors, own, start, end) = education(&input);
    save_entry(scope, db, errors, input.id, own, &start, end.as_deref()).await
}

/// Saves a job or a course once its fields are checked (`errors` holds
/// what was wrong): adds it when `id` was posted empty (past
/// [`validate::ENTRIES_MAX`] the refusal sits at its first field, the
/// title or the school), otherwise corrects the entry `id`.
async fn save_entry<F: EntryColumns>(
    scope: &Scope,
    db: &Db,
    errors: FieldErrors,
    id: String,
    own: F,
    start: &str,
    end: Option<&str>,
) -> Result<(), AppError> {
    errors.finish()?;
    let adding = id.is_empty();
    let row = EntryRow {
        id: if adding { new_id() } else { id },
        own,
        start_month: start.into(),
        end_month: end.map(str::to_string),
    };
    if adding {
        room_for(scope, db, F::TABLE, F::COLUMNS[0]).await?;
        repo::insert_entry(scope, db, &row, now_ms()).await
    } else {
        repo::update_entry(scope, db, &row, now_ms()).await
    }
}

impl From<ExperienceRow> for Experience {
    fn from(r: ExperienceRow) -> Self {
        Experience {
            id: r.id,
            title: r.own.title,
            company: r.own.company,
            start_month: r.start_month,
            end_month: r.end_month,
            description: r.own.description,
        }
    }
}

impl From<EducationRow> for Education {
    fn from(r: EducationRow) -> Self {
        Education {
            id: r.id,
            school: r.own.school,
            degree: r.own.degree,
            field: r.own.field,
            start_month: r.start_month,
            end_month: r.end_month,
        }
    }
}
