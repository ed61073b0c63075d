//! What the person chose on the mapping page, checked against the file and
//! the board: the field each column fills, whether numeric dates put the
//! day or the month first, and the stage each status of the file goes to.
//! The preview shows a plan and the import follows it; an import that
//! stopped part way goes on with the plan it started with (`run.rs`).
//!
//! A choice the form could not have sent (an order that is neither, a
//! stage of another board or one deleted since) is refused with its own
//! message, as a field error: never guessed, never a server error.

use super::{dates, statuses};
use crate::error::AppError;
use crate::model::import::{DateOrder, MAX_LISTED_STATUSES, StatusChoice};
use crate::server::boards::repo::stages::StageRow;
use serde::{Deserialize, Serialize};

/// What the mapping form sends: the field of each column, the date order
/// (empty: the file's own) and the stage of each status listed.
#[derive(Debug, Clone, Default)]
pub struct Choices {
    pub map: Vec<String>,
    pub order: String,
    pub statuses: Vec<StatusChoice>,
}

/// The choices an import follows, kept with the file while it runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// One field per column (empty: left out).
    pub mapping: Vec<String>,
    pub order: DateOrder,
    /// The stage chosen for a status, by [`statuses::key`].
    pub statuses: Vec<(String, String)>,
}

impl Plan {
    /// The plan of `choices` for a file whose rows are `rows`: the order
    /// chosen, else the one its dates suggest; each stage checked to be
    /// one of the board's `stages`. The mapping is checked apart
    /// ([`check_mapping`]), as the preview shows a mapping it cannot use.
    pub fn new(
        mapping: Vec<String>,
        choices: &Choices,
        rows: &[Vec<String>],
        stages: &[StageRow],
    ) -> Result<Plan, AppError> {
        let order =
            order_choice(&choices.order)?.unwrap_or_else(|| dates::order_in(&mapping, rows));
        Ok(Plan {
            statuses: status_choices(&choices.statuses, stages)?,
            mapping,
            order,
        })
    }

    /// The stage a row with `status` goes to: the one chosen for it while
    /// it is still on the board, else the one it names or means, else the
    /// board's first. `None` only for a board without stages.
    pub fn stage_for<'a>(&self, status: &str, stages: &'a [StageRow]) -> Option<&'a StageRow> {
        let key = statuses::key(status);
        self.statuses
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, id)| stages.iter().find(|s| s.id == *id))
            .or_else(|| statuses::stage_for(status, stages))
            .or_else(|| stages.first())
    }
}

/// The order a form sent: `None` when it sent none (the file decides).
pub fn order_choice(value: &str) -> Result<Option<DateOrder>, AppError> {
    if value.is_empty() {
        return Ok(None);
    }
    DateOrder::parse(value)
        .map(Some)
        .ok_or_else(|| AppError::field("order", "error-import-date-order"))
}

/// The stage chosen for each status, by key (the first choice of a status
/// wins), each one of the board's `stages`.
fn status_choices(
    choices: &[StatusChoice],
    stages: &[StageRow],
) -> Result<Vec<(String, String)>, AppError> {
    if choices.len() > MAX_LISTED_STATUSES {
        return Err(AppError::field("statuses", "error-import-statuses-changed"));
    }
    let mut chosen: Vec<(String, String)> = Vec::new();
    for choice in choices {
        if !stages.iter().any(|s| s.id == choice.stage) {
            return Err(AppError::field("statuses", "error-import-stage-unknown"));
        }
        let key = statuses::key(&choice.value);
        if !chosen.iter().any(|(k, _)| *k == key) {
            chosen.push((key, choice.stage.clone()));
        }
    }
    Ok(chosen)
}

/// Errors of the mapping itself: one field per column, each field once,
/// the title mapped.
pub fn check_mapping(mapping: &[String], columns: usize) -> Result<(), AppError> {
    if mapping.len() != columns || !mapping.iter().all(|f| super::mapping::is_field(f)) {
        return Err(AppError::field("mapping", "error-import-mapping-invalid"));
    }
    let mut seen: Vec<&str> = Vec::new();
    for field in mapping.iter().filter(|f| !f.is_empty()) {
        if seen.contains(&field.as_str()) {
            return Err(AppError::field("mapping", "error-import-field-twice"));
        }
        seen.push(field);
    }
    if !seen.contains(&"title") {
        return Err(AppError::field("mapping", "error-import-title-unmapped"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(id: &str, name: &str) -> StageRow {
        StageRow {
            id: id.into(),
            board_id: "b".into(),
            name: name.into(),
            color: String::new(),
            kind: "active".into(),
            marks_applied: 0,
            position: 0,
        }
    }

    fn strings(fields: &[&str]) -> Vec<String> {
        fields.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_mapping_needs_the_title_and_each_field_once() {
        assert!(check_mapping(&strings(&["title", ""]), 2).is_ok());
        assert!(check_mapping(&strings(&["company", ""]), 2).is_err());
        assert!(check_mapping(&strings(&["title", "title"]), 2).is_err());
        assert!(check_mapping(&strings(&["title", "moon"]), 2).is_err());
        assert!(check_mapping(&strings(&["title"]), 2).is_err());
    }

    #[test]
    fn chosen_stages_win_and_unknown_choices_are_refused() {
        let stages = [
            stage("w", "Wishlist"),
            stage("i", "Interviewing"),
            stage("o", "Offer"),
        ];
        let choose = |value: &str, stage: &str| StatusChoice {
            value: value.into(),
            stage: stage.into(),
        };
        let choices = Choices {
            map: strings(&["title", "stage"]),
            order: "month-first".into(),
            statuses: vec![choose("Phone screen", "o"), choose("phone-screen", "w")],
        };
        let plan = Plan::new(choices.map.clone(), &choices, &[], &stages).unwrap();
        assert_eq!(plan.order, DateOrder::MonthFirst);
        assert_eq!(plan.stage_for("PHONE SCREEN", &stages).unwrap().id, "o");
        assert_eq!(plan.stage_for("Interview", &stages).unwrap().id, "i");
        assert_eq!(plan.stage_for("", &stages).unwrap().id, "w");
        // A stage deleted since the plan was made: the status's meaning.
        assert_eq!(
            plan.stage_for("Phone screen", &stages[..2]).unwrap().id,
            "w"
        );

        let bad_stage = Choices {
            statuses: vec![choose("Applied", "elsewhere")],
            ..choices.clone()
        };
        let err = Plan::new(bad_stage.map.clone(), &bad_stage, &[], &stages).unwrap_err();
        assert_eq!(
            err.for_field("statuses"),
            Some("error-import-stage-unknown")
        );
        let bad_order = Choices {
            order: "year-first".into(),
            ..choices
        };
        let err = Plan::new(bad_order.map.clone(), &bad_order, &[], &stages).unwrap_err();
        assert_eq!(err.for_field("order"), Some("error-import-date-order"));
    }
}
