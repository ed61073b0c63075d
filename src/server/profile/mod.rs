//! The profile (P02, P24): personal details (name, phone in E.164, city,
//! region, country, time zone, interface language), work experience,
//! education, skills and career preferences. Every field can be read back
//! and corrected by its owner. This file holds the rules of the whole
//! profile, personal details and skills; `career.rs` and `entries.rs` (jobs
//! and courses) the rules of their sections. SQL is in `repo.rs`, field
//! checks in `validate.rs`.

mod career;
mod entries;
pub mod repo;
pub mod validate;

pub use career::{check as check_career, save_career};
pub use entries::{
    EducationInput, ExperienceInput, check_education, check_experience, save_education,
    save_experience,
};

use crate::error::AppError;
use crate::i18n::Locale;
use crate::model::profile::{Career, Education, Experience, Profile, Skill};
use crate::server::auth::validate as account;
use crate::server::db::Db;
pub use crate::server::profile::repo::Entries;
use crate::server::profile::repo::{EducationColumns, ExperienceColumns, Personal};
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use crate::server::validation::{self as v, FieldErrors};
use crate::server::work::Work;

fn non_empty(value: &str) -> Option<&str> {
    (!value.is_empty()).then_some(value)
}

fn json_list(value: &str) -> Vec<String> {
    serde_json::from_str(value).unwrap_or_default()
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

/// The whole profile of the signed-in user.
pub async fn get(scope: &Scope, db: &Db) -> Result<Profile, AppError> {
    let (name, email) = repo::identity(scope, db).await?;
    let row = repo::find(scope, db).await?.unwrap_or_default();
    let experience = repo::list_entries::<ExperienceColumns>(scope, db).await?;
    let education = repo::list_entries::<EducationColumns>(scope, db).await?;
    let skills = repo::list_skills(scope, db).await?;
    Ok(Profile {
        name,
        email,
        phone: row.phone.unwrap_or_default(),
        city: row.city.unwrap_or_default(),
        region: row.region.unwrap_or_default(),
        country: row.country.unwrap_or_default(),
        time_zone: row.time_zone.unwrap_or_default(),
        locale: row.locale.unwrap_or_default(),
        career: Career {
            desired_titles: json_list(&row.desired_titles),
            desired_locations: json_list(&row.desired_locations),
            work_modes: json_list(&row.work_modes),
            job_types: json_list(&row.job_types),
            salary_min: row.salary_min,
            salary_max: row.salary_max,
            salary_currency: row.salary_currency.unwrap_or_default(),
            salary_period: row.salary_period.unwrap_or_default(),
            notice_weeks: row.notice_weeks,
        },
        experience: experience.into_iter().map(Experience::from).collect(),
        education: education.into_iter().map(Education::from).collect(),
        skills: skills
            .into_iter()
            .map(|r| Skill {
                id: r.id,
                name: r.name,
            })
            .collect(),
    })
}

/// The personal section as posted by the form.
#[derive(Debug, Clone, Default)]
pub struct PersonalInput {
    pub name: String,
    pub phone: String,
    pub city: String,
    pub region: String,
    pub country: String,
    pub time_zone: String,
    pub locale: String,
}

/// The rules of the personal form for everything but the name (which is
/// the account's): the errors go into `errors`; answers the phone number as
/// stored, when one was given and is valid.
fn details(input: &PersonalInput, errors: &mut FieldErrors) -> Option<String> {
    let country = input.country.trim().to_uppercase();
    let time_zone = input.time_zone.trim();
    let locale = input.locale.trim();
    errors.check("city", v::text(input.city.trim(), false));
    errors.check("region", v::text(input.region.trim(), false));
    if !country.is_empty() {
        errors.check("country", validate::country(&country));
    }
    if !time_zone.is_empty() {
        errors.check("time_zone", validate::time_zone(time_zone));
    }
    if !locale.is_empty() && Locale::from_tag(locale).is_none() {
        errors.check::<()>("locale", Err("error-choice-invalid"));
    }
    // A national number is read in the country given with it.
    let region_hint = (!country.is_empty() && !errors.has("country")).then_some(country.as_str());
    match input.phone.trim() {
        "" => None,
        raw => errors.check("phone", validate::phone(raw, region_hint)),
    }
}

/// Whether a profile's place, time zone, language and phone pass the rules
/// of the personal form.
pub fn check_details(input: &PersonalInput) -> Result<(), AppError> {
    let mut errors = FieldErrors::default();
    details(input, &mut errors);
    errors.finish()
}

pub async fn save_personal(scope: &Scope, db: &Db, input: PersonalInput) -> Result<(), AppError> {
    scope.user()?;
    let name = input.name.trim();
    let mut errors = FieldErrors::default();
    errors.check("name", account::name(name));
    let phone = details(&input, &mut errors);
    errors.finish()?;
    let country = input.country.trim().to_uppercase();
    let personal = Personal {
        name,
        phone: phone.as_deref(),
        city: non_empty(input.city.trim()),
        region: non_empty(input.region.trim()),
        country: non_empty(&country),
        time_zone: non_empty(input.time_zone.trim()),
        locale: non_empty(input.locale.trim()),
    };
    repo::save_personal(scope, db, &personal, now_ms()).await
}

/// Makes `locale` the signed-in user's interface language.
/// The person's time zone: their profile's, UTC when they set none.
pub async fn time_zone(scope: &Scope, db: &Db) -> Result<chrono_tz::Tz, AppError> {
    Ok(zone(repo::find(scope, db).await?.and_then(|p| p.time_zone)))
}

/// [`time_zone`], inside a unit of work.
pub async fn time_zone_in(work: &mut Work<'_>) -> Result<chrono_tz::Tz, AppError> {
    Ok(zone(repo::time_zone_in(work).await?))
}

fn zone(name: Option<String>) -> chrono_tz::Tz {
    name.and_then(|z| z.parse::<chrono_tz::Tz>().ok())
        .unwrap_or(chrono_tz::UTC)
}

pub async fn save_locale(scope: &Scope, db: &Db, locale: Locale) -> Result<(), AppError> {
    repo::save_locale(scope, db, locale.tag(), now_ms()).await
}

pub async fn add_skill(scope: &Scope, db: &Db, name: &str) -> Result<(), AppError> {
    scope.user()?;
    let name = name.trim();
    if let Err(refusal) = v::text(name, true) {
        return Err(AppError::Validation(vec![refusal.at("skill")]));
    }
    if repo::count(scope, db, Entries::Skills).await? >= validate::SKILLS_MAX as i64 {
        return Err(AppError::field("skill", "error-too-many"));
    }
    match repo::insert_skill(scope, db, &new_id(), name, now_ms()).await {
        Err(AppError::Conflict(_)) => Err(AppError::field("skill", "error-skill-exists")),
        other => other,
    }
}

/// Deletes one of the user's jobs, courses or skills.
pub async fn delete(scope: &Scope, db: &Db, entries: Entries, id: &str) -> Result<(), AppError> {
    repo::delete_entry(scope, db, entries, id).await
}

/// Refuses a new entry past [`validate::ENTRIES_MAX`], at `field`.
async fn room_for(scope: &Scope, db: &Db, table: Entries, field: &str) -> Result<(), AppError> {
    if repo::count(scope, db, table).await? >= validate::ENTRIES_MAX as i64 {
        return Err(AppError::field(field, "error-too-many"));
    }
    Ok(())
}

fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
