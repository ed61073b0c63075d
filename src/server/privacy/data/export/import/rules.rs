//! Imported rows obey the rules a person's forms do: each row is read as
//! its form would be posted and checked by that form's own rules (a card
//! by `boards::card_input`, a stage by `boards::stages` …), and the limits
//! a form applies hold too (boards per account, stages per board, jobs,
//! courses and skills per profile). A row that breaks a rule is reported
//! with its errors and not imported; the others are. Derived columns (a
//! name's lookup key) are computed again rather than trusted.

use super::archive::Row;
use super::rows::WRONG_VALUE;
use crate::error::{AppError, FieldError};
use crate::model::card::CardForm;
use crate::model::profile::{CareerForm, JOB_TYPES, WORK_MODES};
use crate::server::boards::{self, BOARDS_MAX, card_input, stages};
use crate::server::companies::{self, repo::CompanyRow};
use crate::server::profile::{self, EducationInput, ExperienceInput, PersonalInput, validate};
use crate::server::validation as v;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// The tables whose rows have rules here: an imported table that is not
/// listed has all its rows refused (a test keeps the list complete).
pub const RULED: &[&str] = &[
    "profiles",
    "profile_experience",
    "profile_education",
    "profile_skills",
    "companies",
    "boards",
    "stages",
    "applications",
    "application_events",
];

/// A table no rules were written for.
pub const NO_RULES: &str = "error-data-import-no-rules";
/// The same name twice where one is allowed.
pub const DUPLICATE: &str = "error-data-import-duplicate";

/// The errors of a row.
pub type Errors = Vec<FieldError>;

/// What the rows taken so far hold, for the limits and the checks that
/// span rows. Ids are the archive's.
#[derive(Default)]
pub struct Rules {
    boards: usize,
    stages_per_board: HashMap<String, usize>,
    board_of_stage: HashMap<String, String>,
    ranks: HashSet<(String, i64)>,
    names: HashSet<(&'static str, String)>,
    entries: HashMap<&'static str, usize>,
}

/// The text of field `name` as a form would post it.
fn text(row: &Row, name: &str) -> String {
    match row.get(name) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(true)) => "1".into(),
        _ => String::new(),
    }
}

/// A stored list (a JSON array of texts) as a form posts it: comma-separated.
fn list(row: &Row, name: &str) -> Result<Vec<String>, Errors> {
    let stored = text(row, name);
    if stored.is_empty() {
        return Ok(Vec::new());
    }
    serde_json::from_str(&stored).map_err(|_| vec![FieldError::new(name, WRONG_VALUE)])
}

/// The field errors of a form's refusal.
fn errors(result: Result<impl Sized, AppError>) -> Result<(), Errors> {
    match result {
        Ok(_) => Ok(()),
        Err(AppError::Validation(errors)) => Err(errors),
        Err(_) => Err(vec![FieldError::new("", WRONG_VALUE)]),
    }
}

fn refuse(field: &str, key: &str) -> Result<(), Errors> {
    Err(vec![FieldError::new(field, key)])
}

/// At most `max` rows counted under `what`.
fn room(count: usize, max: usize, field: &str) -> Result<(), Errors> {
    if count >= max {
        return refuse(field, "error-too-many");
    }
    Ok(())
}

impl Rules {
    /// Checks `row` of `table` with the rules of its form; sets the
    /// columns derived from others.
    pub fn check(&self, table: &str, row: &mut Row) -> Result<(), Errors> {
        match table {
            "boards" => {
                room(self.boards, BOARDS_MAX, "name")?;
                errors(boards::check(&text(row, "name"), &text(row, "ghost_days")))
            }
            "stages" => {
                let board = text(row, "board_id");
                let held = self.stages_per_board.get(&board).copied().unwrap_or(0);
                room(held, stages::STAGES_MAX, "name")?;
                errors(stages::check(&stages::StageInput {
                    name: text(row, "name"),
                    color: text(row, "color"),
                    kind: text(row, "kind"),
                    marks_applied: false,
                }))
            }
            "applications" => self.card(row),
            "application_events" => {
                if !boards::repo::events::KINDS.contains(&text(row, "kind").as_str()) {
                    return refuse("kind", "error-choice-invalid");
                }
                let mut e = v::FieldErrors::default();
                e.check("field", v::text(&text(row, "field"), false));
                e.check("old_value", card_input::long_text(&text(row, "old_value")));
                e.check("new_value", card_input::long_text(&text(row, "new_value")));
                errors(e.finish())
            }
            "companies" => {
                let name = text(row, "name");
                let key = companies::repo::name_key(&name);
                if self.names.contains(&("companies", key.clone())) {
                    return refuse("name", DUPLICATE);
                }
                row.insert("name_key".into(), key.into());
                errors(companies::check(CompanyRow {
                    id: String::new(),
                    name,
                    website: text(row, "website"),
                    industry: text(row, "industry"),
                    size: text(row, "size"),
                    location: text(row, "location"),
                    notes: text(row, "notes"),
                }))
            }
            "profile_skills" => {
                let held = self.entries.get("profile_skills").copied().unwrap_or(0);
                room(held, validate::SKILLS_MAX, "name")?;
                let name = text(row, "name").trim().to_string();
                if self
                    .names
                    .contains(&("profile_skills", name.to_lowercase()))
                {
                    return refuse("name", "error-skill-exists");
                }
                row.insert("name_key".into(), name.to_lowercase().into());
                v::text(&name, true).map_err(|r| vec![r.at("name")])
            }
            "profile_experience" => {
                let held = self.entries.get(table).copied().unwrap_or(0);
                room(held, validate::ENTRIES_MAX, "title")?;
                let end_month = text(row, "end_month");
                errors(profile::check_experience(&ExperienceInput {
                    id: String::new(),
                    title: text(row, "title"),
                    company: text(row, "company"),
                    start_month: text(row, "start_month"),
                    current: end_month.is_empty(),
                    end_month,
                    description: text(row, "description"),
                }))
            }
            "profile_education" => {
                let held = self.entries.get(table).copied().unwrap_or(0);
                room(held, validate::ENTRIES_MAX, "school")?;
                errors(profile::check_education(&EducationInput {
                    id: String::new(),
                    school: text(row, "school"),
                    degree: text(row, "degree"),
                    field: text(row, "field"),
                    start_month: text(row, "start_month"),
                    end_month: text(row, "end_month"),
                }))
            }
            "profiles" => Self::profile(row),
            _ => refuse("", NO_RULES),
        }
    }

    /// A card, as the card form would post it, on a stage of its own board
    /// at a place no other card of that stage holds.
    fn card(&self, row: &Row) -> Result<(), Errors> {
        let tags = list(row, "tags")?.join(", ");
        let form = CardForm {
            title: text(row, "title"),
            // Named by `company_id`, which follows its company's row.
            company: String::new(),
            job_url: text(row, "job_url"),
            description: text(row, "description"),
            location: text(row, "location"),
            work_mode: text(row, "work_mode"),
            salary_min: text(row, "salary_min"),
            salary_max: text(row, "salary_max"),
            salary_currency: text(row, "salary_currency"),
            salary_period: text(row, "salary_period"),
            job_type: text(row, "job_type"),
            source: text(row, "source"),
            deadline: text(row, "deadline"),
            applied_on: text(row, "applied_on"),
            excitement: text(row, "excitement"),
            tags,
            notes: text(row, "notes"),
        };
        errors(card_input::check(&form))?;
        let stage = text(row, "stage_id");
        if let Some(board) = self.board_of_stage.get(&stage)
            && *board != text(row, "board_id")
        {
            return refuse("stage_id", WRONG_VALUE);
        }
        if let Some(rank) = row.get("rank").and_then(Value::as_i64)
            && self.ranks.contains(&(stage, rank))
        {
            return refuse("rank", DUPLICATE);
        }
        Ok(())
    }

    /// The profile, as its personal and career forms would post it.
    fn profile(row: &Row) -> Result<(), Errors> {
        let mut all = Vec::new();
        let personal = PersonalInput {
            name: String::new(),
            phone: text(row, "phone"),
            city: text(row, "city"),
            region: text(row, "region"),
            country: text(row, "country"),
            time_zone: text(row, "time_zone"),
            locale: text(row, "locale"),
        };
        all.extend(
            errors(profile::check_details(&personal))
                .err()
                .unwrap_or_default(),
        );
        let lists = [
            "desired_titles",
            "desired_locations",
            "work_modes",
            "job_types",
        ]
        .map(|name| list(row, name));
        for (list, allowed, field) in [
            (&lists[2], WORK_MODES, "work_modes"),
            (&lists[3], JOB_TYPES, "job_types"),
        ] {
            if let Ok(values) = list
                && values.iter().any(|v| !allowed.contains(&v.as_str()))
            {
                all.push(FieldError::new(field, "error-choice-invalid"));
            }
        }
        let [titles, locations, modes, types] = lists.map(|l| match l {
            Ok(values) => values,
            Err(errors) => {
                all.extend(errors);
                Vec::new()
            }
        });
        let ticked =
            |values: &[String], value: &str| values.iter().any(|v| v == value).then(String::new);
        let career = CareerForm {
            desired_titles: titles.join(", "),
            desired_locations: locations.join(", "),
            mode_remote: ticked(&modes, "remote"),
            mode_hybrid: ticked(&modes, "hybrid"),
            mode_on_site: ticked(&modes, "on-site"),
            type_full_time: ticked(&types, "full-time"),
            type_part_time: ticked(&types, "part-time"),
            type_contract: ticked(&types, "contract"),
            type_internship: ticked(&types, "internship"),
            type_freelance: ticked(&types, "freelance"),
            salary_min: text(row, "salary_min"),
            salary_max: text(row, "salary_max"),
            salary_currency: text(row, "salary_currency"),
            salary_period: text(row, "salary_period"),
            notice_weeks: text(row, "notice_weeks"),
        };
        all.extend(
            errors(profile::check_career(&career))
                .err()
                .unwrap_or_default(),
        );
        if all.is_empty() { Ok(()) } else { Err(all) }
    }

    /// Counts `row` of `table`, now imported.
    pub fn taken(&mut self, table: &str, row: &Row) {
        match table {
            "boards" => self.boards += 1,
            "stages" => {
                let board = text(row, "board_id");
                *self.stages_per_board.entry(board.clone()).or_default() += 1;
                self.board_of_stage.insert(text(row, "id"), board);
            }
            "applications" => {
                if let Some(rank) = row.get("rank").and_then(Value::as_i64) {
                    self.ranks.insert((text(row, "stage_id"), rank));
                }
            }
            "companies" => {
                self.names.insert(("companies", text(row, "name_key")));
            }
            "profile_skills" => {
                self.names.insert(("profile_skills", text(row, "name_key")));
                *self.entries.entry("profile_skills").or_default() += 1;
            }
            "profile_experience" => *self.entries.entry("profile_experience").or_default() += 1,
            "profile_education" => *self.entries.entry("profile_education").or_default() += 1,
            _ => {}
        }
    }
}
