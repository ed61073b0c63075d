//! Pipeline boards (P08) as the browser sees them: a board's stages in
//! order, each with its cards in order. Plain serde data; the rules live in
//! `server::boards`.

use serde::{Deserialize, Serialize};

/// What reaching a stage means, for insights: still in play, an offer won,
/// or the end of the road.
pub const STAGE_KINDS: &[&str] = &["open", "won", "lost"];

/// The colours a stage can take; the stylesheet gives each a light and a
/// dark shade with enough contrast for its text.
pub const STAGE_COLORS: &[&str] = &[
    "slate", "blue", "teal", "green", "amber", "orange", "red", "purple", "pink",
];

/// How a board starts: the full job-search pipeline, a short one, or none.
pub const BOARD_TEMPLATES: &[&str] = &["job-search", "simple", "empty"];

/// A board in the list of boards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardSummary {
    pub id: String,
    pub name: String,
    pub archived: bool,
    /// Cards on the board, archived cards not counted.
    pub cards: i64,
    pub updated_at: i64,
}

/// A whole board: its stages in order, each with its cards in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    pub id: String,
    pub name: String,
    pub archived: bool,
    /// Applied cards with no change for this many days look ghosted.
    pub ghost_days: i64,
    pub stages: Vec<Stage>,
}

impl Board {
    /// Every card of the board, column after column.
    pub fn cards(&self) -> impl Iterator<Item = &Card> {
        self.stages.iter().flat_map(|s| s.cards.iter())
    }
}

/// What the board shows, from the address (`?q=&tag=&company=&mode=`), so a
/// filtered board can be bookmarked and works without JavaScript.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words to find in the title, company, location or tags.
    pub text: String,
    pub tag: String,
    pub company: String,
    /// One of the work modes, or empty for all.
    pub mode: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
            && self.tag.is_empty()
            && self.company.is_empty()
            && self.mode.is_empty()
    }

    pub fn matches(&self, card: &Card) -> bool {
        let has = |hay: &str, needle: &str| hay.to_lowercase().contains(&needle.to_lowercase());
        let text = self.text.trim();
        (text.is_empty()
            || has(&card.title, text)
            || has(&card.company, text)
            || has(&card.location, text)
            || card.tags.iter().any(|t| has(t, text)))
            && (self.tag.is_empty() || card.tags.iter().any(|t| t.eq_ignore_ascii_case(&self.tag)))
            && (self.company.is_empty() || card.company.eq_ignore_ascii_case(&self.company))
            && (self.mode.is_empty() || card.work_mode == self.mode)
    }
}

/// A column of a board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    pub id: String,
    pub name: String,
    /// One of [`STAGE_COLORS`].
    pub color: String,
    /// One of [`STAGE_KINDS`].
    pub kind: String,
    /// Entering this stage sets a card's applied date.
    pub marks_applied: bool,
    pub cards: Vec<Card>,
}

/// A job application as a card on the board: what a glance needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    pub id: String,
    pub title: String,
    /// The company's name, or empty.
    pub company: String,
    pub location: String,
    /// One of [`crate::model::profile::WORK_MODES`], or empty.
    pub work_mode: String,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub salary_currency: String,
    pub salary_period: String,
    /// `YYYY-MM-DD`.
    pub deadline: Option<String>,
    /// Days from the user's today to the deadline (negative once past).
    pub deadline_days: Option<i64>,
    /// 1 to 5.
    pub excitement: Option<i64>,
    pub tags: Vec<String>,
    /// When the card entered its stage (unix ms).
    pub stage_since: i64,
    /// `YYYY-MM-DD`, once the person applied.
    pub applied_on: Option<String>,
    /// Whole days since anything about the card changed.
    pub idle_days: i64,
}

/// What adding a card answers: its id, and the card already on one of the
/// person's boards with the same job link, or the same company and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedCard {
    pub id: String,
    pub duplicate: Option<Duplicate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicate {
    pub id: String,
    pub title: String,
    pub board_name: String,
}

/// A company's initials, for the card's avatar: "Acme Labs" gives "AL".
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(id: &str) -> Card {
        Card {
            id: id.into(),
            title: id.into(),
            company: String::new(),
            location: String::new(),
            work_mode: String::new(),
            salary_min: None,
            salary_max: None,
            salary_currency: String::new(),
            salary_period: String::new(),
            deadline: None,
            deadline_days: None,
            excitement: None,
            tags: vec![],
            stage_since: 0,
            applied_on: None,
            idle_days: 0,
        }
    }

    #[test]
    fn filters_match_words_tags_companies_and_modes() {
        let mut c = card("x");
        c.title = "Rust Engineer".into();
        c.company = "Acme".into();
        c.tags = vec!["Remote-first".into()];
        c.work_mode = "remote".into();
        let f = |text: &str, tag: &str, company: &str, mode: &str| Filter {
            text: text.into(),
            tag: tag.into(),
            company: company.into(),
            mode: mode.into(),
        };
        assert!(Filter::default().matches(&c));
        assert!(f("rust", "", "", "").matches(&c));
        assert!(f("acm", "", "", "").matches(&c));
        assert!(f("", "remote-FIRST", "acme", "remote").matches(&c));
        assert!(!f("python", "", "", "").matches(&c));
        assert!(!f("", "", "", "on-site").matches(&c));
        assert!(!f("", "", "Acme Labs", "").matches(&c));
    }

    #[test]
    fn initials_take_the_first_letters_of_two_words() {
        assert_eq!(initials("Acme Labs Europe"), "AL");
        assert_eq!(initials("  stripe "), "S");
        assert_eq!(initials("(Ex) Corp"), "EC");
        assert_eq!(initials("Île de Beauté"), "ÎD");
        assert_eq!(initials(""), "");
    }
}
