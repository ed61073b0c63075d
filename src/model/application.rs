//! One job application in full (P03): every field of the card, where it
//! sits, the company it is with, and its timeline of changes.

use serde::{Deserialize, Serialize};

/// A card's detail page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub id: String,
    pub board_id: String,
    pub board_name: String,
    pub stage_id: String,
    /// The board's stages in order, as (id, name), for "Move to".
    pub stages: Vec<(String, String)>,
    pub company_id: Option<String>,
    pub company: String,
    pub title: String,
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
