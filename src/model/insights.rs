//! Insights (P08) as the browser sees them: how far applications got, how
//! long they waited in each stage, and how many went out each week, for
//! one board or for all of them. Plain data; the counting is in
//! `server::insights`.

use serde::{Deserialize, Serialize};

/// The steps of the funnel, each a part of the one before: every card
/// tracked; applied (an applied date, or a stage at or past the board's
/// "applied" stage); moved on past the applied stage to an open or won
/// stage (screening, interviews, offers); reached a won stage.
pub const FUNNEL_STEPS: &[&str] = &["tracked", "applied", "progressed", "offer"];

/// How many weeks the weekly chart covers, this one included.
pub const WEEKS: usize = 12;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Insights {
    /// The board looked at; `None` for all boards together.
    pub board: Option<String>,
    /// One count per [`FUNNEL_STEPS`] entry, in that order.
    pub funnel: Vec<i64>,
    /// Where the cards are now, by stage kind: open, won, lost.
    pub now_by_kind: Vec<(String, i64)>,
    pub stage_times: Vec<StageTime>,
    pub weeks: Vec<WeekCount>,
}

impl Insights {
    pub fn tracked(&self) -> i64 {
        self.funnel.first().copied().unwrap_or(0)
    }

    /// Applications that moved on past the applied stage, in percent of
    /// those applied; `None` before the first application.
    pub fn response_rate(&self) -> Option<i64> {
        let applied = self.funnel.get(1).copied().unwrap_or(0);
        let progressed = self.funnel.get(2).copied().unwrap_or(0);
        (applied > 0).then(|| (progressed * 100 + applied / 2) / applied)
    }
}

/// How long cards stay in a stage before they move on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageTime {
    pub name: String,
    pub color: String,
    /// The median of the finished stays, in days; `None` when no card has
    /// left the stage yet.
    pub median_days: Option<f64>,
    /// Finished stays counted.
    pub stays: i64,
}

/// Applications sent in the week starting on `monday` (`YYYY-MM-DD`, in
/// the person's time zone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekCount {
    pub monday: String,
    pub count: i64,
}
