//! One card (a job application, P03) and the one definition of its fields:
//! [`CARD_FIELDS`] names them (form field, timeline entry, CSV column),
//! [`CardForm`] is the card form as typed, the server functions' input and
//! an imported row; [`CardFields`] is the same set checked and typed, as it
//! is stored and shown. A card is stored in the `applications` table, the
//! name its data export keeps.

use serde::{Deserialize, Serialize};

/// How a field's changes go on the card's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Track {
    /// Old and new value.
    Values,
    /// A long text: noted as changed, never copied.
    Changed,
}

/// One field of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardField {
    /// The form field, the timeline's field name and the import's mapping key.
    pub key: &'static str,
    /// Its column in a board's CSV file (which the import recognises).
    pub header: &'static str,
    pub track: Track,
}

const fn field(key: &'static str, header: &'static str) -> CardField {
    CardField {
        key,
        header,
        track: Track::Values,
    }
}

const fn long(key: &'static str, header: &'static str) -> CardField {
    CardField {
        key,
        header,
        track: Track::Changed,
    }
}

/// Every field a person edits, in the order of a board's CSV columns.
pub const CARD_FIELDS: [CardField; 17] = [
    field("title", "Title"),
    field("company", "Company"),
    field("location", "Location"),
    field("work_mode", "Work mode"),
    field("salary_min", "Salary min"),
    field("salary_max", "Salary max"),
    field("salary_currency", "Currency"),
    field("salary_period", "Salary period"),
    field("job_type", "Job type"),
    field("source", "Source"),
    field("job_url", "Job URL"),
    long("description", "Description"),
    field("deadline", "Deadline"),
    field("applied_on", "Applied on"),
    field("excitement", "Excitement"),
    field("tags", "Tags"),
    long("notes", "Notes"),
];

/// The card form as typed: every field as text, company by name, tags
/// separated by commas. Missing fields are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CardForm {
    pub title: String,
    pub company: String,
    pub job_url: String,
    pub description: String,
    pub location: String,
    pub work_mode: String,
    pub salary_min: String,
    pub salary_max: String,
    pub salary_currency: String,
    pub salary_period: String,
    pub job_type: String,
    pub source: String,
    pub deadline: String,
    pub applied_on: String,
    pub excitement: String,
    pub tags: String,
    pub notes: String,
}

impl CardForm {
    /// The text of field `key` (one of [`CARD_FIELDS`]).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.slot(key).map(|s| s.as_str())
    }

    /// The text of field `key`, to fill in.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut String> {
        let s = self;
        Some(match key {
            "title" => &mut s.title,
            "company" => &mut s.company,
            "job_url" => &mut s.job_url,
            "description" => &mut s.description,
            "location" => &mut s.location,
            "work_mode" => &mut s.work_mode,
            "salary_min" => &mut s.salary_min,
            "salary_max" => &mut s.salary_max,
            "salary_currency" => &mut s.salary_currency,
            "salary_period" => &mut s.salary_period,
            "job_type" => &mut s.job_type,
            "source" => &mut s.source,
            "deadline" => &mut s.deadline,
            "applied_on" => &mut s.applied_on,
            "excitement" => &mut s.excitement,
            "tags" => &mut s.tags,
            "notes" => &mut s.notes,
            _ => return None,
        })
    }

    fn slot(&self, key: &str) -> Option<&String> {
        let s = self;
        Some(match key {
            "title" => &s.title,
            "company" => &s.company,
            "job_url" => &s.job_url,
            "description" => &s.description,
            "location" => &s.location,
            "work_mode" => &s.work_mode,
            "salary_min" => &s.salary_min,
            "salary_max" => &s.salary_max,
            "salary_currency" => &s.salary_currency,
            "salary_period" => &s.salary_period,
            "job_type" => &s.job_type,
            "source" => &s.source,
            "deadline" => &s.deadline,
            "applied_on" => &s.applied_on,
            "excitement" => &s.excitement,
            "tags" => &s.tags,
            "notes" => &s.notes,
            _ => return None,
        })
    }

    /// The form with surrounding spaces dropped (long texts keep their
    /// leading spaces, which may be indentation).
    pub fn trimmed(mut self) -> CardForm {
        for f in CARD_FIELDS {
            if let Some(value) = self.get_mut(f.key) {
                *value = match f.track {
                    Track::Values => value.trim().to_string(),
                    Track::Changed => value.trim_end().to_string(),
                };
            }
        }
        self
    }
}

/// A card's fields, checked and typed: as stored and shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardFields {
    pub title: String,
    /// The company's name; empty when none.
    pub company: String,
    pub job_url: String,
    pub description: String,
    pub location: String,
    pub work_mode: String,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub salary_currency: String,
    pub salary_period: String,
    pub job_type: String,
    pub source: String,
    /// `YYYY-MM-DD`.
    pub deadline: Option<String>,
    /// `YYYY-MM-DD`; set when the card first enters a stage that marks it
    /// applied, and editable.
    pub applied_on: Option<String>,
    pub excitement: Option<i64>,
    pub tags: Vec<String>,
    pub notes: String,
}

impl CardFields {
    /// The fields as the form shows them (and a CSV file holds them).
    pub fn form(&self) -> CardForm {
        let n = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        CardForm {
            title: self.title.clone(),
            company: self.company.clone(),
            job_url: self.job_url.clone(),
            description: self.description.clone(),
            location: self.location.clone(),
            work_mode: self.work_mode.clone(),
            salary_min: n(self.salary_min),
            salary_max: n(self.salary_max),
            salary_currency: self.salary_currency.clone(),
            salary_period: self.salary_period.clone(),
            job_type: self.job_type.clone(),
            source: self.source.clone(),
            deadline: self.deadline.clone().unwrap_or_default(),
            applied_on: self.applied_on.clone().unwrap_or_default(),
            excitement: n(self.excitement),
            tags: self.tags.join(", "),
            notes: self.notes.clone(),
        }
    }
}

/// A card in full: its fields, where it sits, and its timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FullCard {
    pub id: String,
    pub board_id: String,
    pub board_name: String,
    pub stage_id: String,
    /// The board's stages in order, as (id, name), for "Move to".
    pub stages: Vec<(String, String)>,
    pub company_id: Option<String>,
    #[serde(flatten)]
    pub fields: CardFields,
    pub archived: bool,
    pub created_at: i64,
    pub events: Vec<Event>,
}

/// One entry of a card's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: i64,
    /// `created`, `stage`, `field`, `archived` or `restored`.
    pub kind: String,
    /// For `field`: the field's name.
    pub field: String,
    /// For `stage`: the stage names; for `field`: the values.
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_reads_and_writes_by_its_key() {
        let mut form = CardForm::default();
        for (i, f) in CARD_FIELDS.iter().enumerate() {
            *form.get_mut(f.key).expect(f.key) = i.to_string();
        }
        for (i, f) in CARD_FIELDS.iter().enumerate() {
            assert_eq!(form.get(f.key), Some(i.to_string().as_str()), "{}", f.key);
        }
        assert_eq!(form.get("stage"), None);
    }

    #[test]
    fn typed_fields_read_back_as_the_form_shows_them() {
        let fields = CardFields {
            title: "Engineer".into(),
            salary_min: Some(50_000),
            tags: vec!["rust".into(), "remote".into()],
            ..CardFields::default()
        };
        let form = fields.form();
        assert_eq!(form.salary_min, "50000");
        assert_eq!(form.tags, "rust, remote");
        assert_eq!(form.deadline, "");
    }
}
