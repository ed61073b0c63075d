//! The profile (P02) as the browser sees it: personal details, location,
//! time zone, language, work experience, education, skills and career
//! preferences. Plain serde data; the rules live in `server::profile`.

use serde::{Deserialize, Serialize};

/// Ways of working a person may want.
pub const WORK_MODES: &[&str] = &["remote", "hybrid", "on-site"];
/// Kinds of contract a person may want.
pub const JOB_TYPES: &[&str] = &[
    "full-time",
    "part-time",
    "contract",
    "internship",
    "freelance",
];
/// What a salary amount is counted per.
pub const SALARY_PERIODS: &[&str] = &["hour", "day", "month", "year"];

/// Everything in one person's profile.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    pub email: String,
    /// E.164 (`+32470123456`), or empty.
    pub phone: String,
    pub city: String,
    pub region: String,
    /// ISO 3166-1 alpha-2, or empty.
    pub country: String,
    /// IANA time zone, or empty.
    pub time_zone: String,
    /// `en`, `nl`, `fr`, or empty when the person did not choose.
    pub locale: String,
    pub career: Career,
    pub experience: Vec<Experience>,
    pub education: Vec<Education>,
    pub skills: Vec<Skill>,
}

/// Career preferences.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Career {
    pub desired_titles: Vec<String>,
    pub desired_locations: Vec<String>,
    /// A subset of [`WORK_MODES`].
    pub work_modes: Vec<String>,
    /// A subset of [`JOB_TYPES`].
    pub job_types: Vec<String>,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    /// ISO 4217, or empty.
    pub salary_currency: String,
    /// One of [`SALARY_PERIODS`], or empty.
    pub salary_period: String,
    pub notice_weeks: Option<i64>,
}

/// One job held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Experience {
    pub id: String,
    pub title: String,
    pub company: String,
    /// `YYYY-MM`.
    pub start_month: String,
    /// `YYYY-MM`; `None` while it is the current job.
    pub end_month: Option<String>,
    pub description: String,
}

/// One course of study.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Education {
    pub id: String,
    pub school: String,
    pub degree: String,
    pub field: String,
    pub start_month: String,
    /// `None` while still studying.
    pub end_month: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    pub id: String,
    pub name: String,
}
