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

/// The career form as typed: lists separated by commas, each way of
/// working and job type a checkbox (`mode_on_site`, `type_full_time`),
/// numbers as text. Missing fields are empty or unticked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CareerForm {
    pub desired_titles: String,
    pub desired_locations: String,
    pub mode_remote: Option<String>,
    pub mode_hybrid: Option<String>,
    pub mode_on_site: Option<String>,
    pub type_full_time: Option<String>,
    pub type_part_time: Option<String>,
    pub type_contract: Option<String>,
    pub type_internship: Option<String>,
    pub type_freelance: Option<String>,
    pub salary_min: String,
    pub salary_max: String,
    pub salary_currency: String,
    pub salary_period: String,
    pub notice_weeks: String,
}

impl CareerForm {
    /// The ticked ways of working, as [`WORK_MODES`] values.
    pub fn work_modes(&self) -> Vec<String> {
        ticked(&[
            ("remote", &self.mode_remote),
            ("hybrid", &self.mode_hybrid),
            ("on-site", &self.mode_on_site),
        ])
    }

    /// The ticked job types, as [`JOB_TYPES`] values.
    pub fn job_types(&self) -> Vec<String> {
        ticked(&[
            ("full-time", &self.type_full_time),
            ("part-time", &self.type_part_time),
            ("contract", &self.type_contract),
            ("internship", &self.type_internship),
            ("freelance", &self.type_freelance),
        ])
    }
}

fn ticked(boxes: &[(&str, &Option<String>)]) -> Vec<String> {
    boxes
        .iter()
        .filter(|(_, on)| on.is_some())
        .map(|(value, _)| value.to_string())
        .collect()
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
