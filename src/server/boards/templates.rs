//! The stages a new board starts with. Names are written in the creator's
//! language at creation; after that they are the user's own words.

/// A stage of a template: name key, colour, kind, marks the applied date.
pub struct StageTemplate {
    pub name_key: &'static str,
    pub color: &'static str,
    pub kind: &'static str,
    pub marks_applied: bool,
}

const fn stage(
    name_key: &'static str,
    color: &'static str,
    kind: &'static str,
    marks_applied: bool,
) -> StageTemplate {
    StageTemplate {
        name_key,
        color,
        kind,
        marks_applied,
    }
}

const JOB_SEARCH: &[StageTemplate] = &[
    stage("stage-wishlist", "slate", "open", false),
    stage("stage-applied", "blue", "open", true),
    stage("stage-screening", "teal", "open", false),
    stage("stage-interviewing", "purple", "open", false),
    stage("stage-offer", "green", "won", false),
    stage("stage-rejected", "red", "lost", false),
    stage("stage-ghosted", "amber", "lost", false),
];

const SIMPLE: &[StageTemplate] = &[
    stage("stage-wishlist", "slate", "open", false),
    stage("stage-applied", "blue", "open", true),
    stage("stage-interview", "purple", "open", false),
    stage("stage-offer", "green", "won", false),
];

/// The stages of a template named in [`crate::model::board::BOARD_TEMPLATES`].
pub fn stages(template: &str) -> Option<&'static [StageTemplate]> {
    match template {
        "job-search" => Some(JOB_SEARCH),
        "simple" => Some(SIMPLE),
        "empty" => Some(&[]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::board::{BOARD_TEMPLATES, STAGE_COLORS, STAGE_KINDS};

    #[test]
    fn every_template_is_known_and_uses_known_colours_and_kinds() {
        for name in BOARD_TEMPLATES {
            for s in stages(name).expect("a template") {
                assert!(STAGE_COLORS.contains(&s.color), "{}", s.color);
                assert!(STAGE_KINDS.contains(&s.kind), "{}", s.kind);
            }
        }
        assert!(stages("kanban").is_none());
    }
}
