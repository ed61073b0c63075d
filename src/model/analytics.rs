//! First-party usage analytics as staff see it (P13): daily anonymous
//! aggregates only, never a person, a visit or an address. Also the names
//! of the features whose use is counted.

use serde::{Deserialize, Serialize};

/// A card was moved to another stage or position.
pub const CARD_MOVED: &str = "card_moved";
/// A person asked for a copy of their data.
pub const EXPORT_REQUESTED: &str = "export_requested";
/// A board was exported as CSV.
pub const BOARD_EXPORTED: &str = "board_exported";

/// One bar of a chart: a label (a day, a page, a browser…) and its number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub label: String,
    pub value: i64,
}

/// A page with its views and the average time spent on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageStat {
    pub path: String,
    pub views: i64,
    /// Average seconds on the page, where the browser reported it.
    pub avg_secs: Option<i64>,
}

/// The staff dashboard: the last `days` whole days (UTC) of aggregates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub days: u32,
    /// Raw events are deleted after this many days; the aggregates stay.
    pub retention_days: u32,
    /// Page views per day, oldest first, every day present.
    pub views_per_day: Vec<Bar>,
    pub visits: i64,
    /// Average length of a visit in seconds.
    pub avg_visit_secs: i64,
    pub pages: Vec<PageStat>,
    pub features: Vec<Bar>,
    /// Visits per browser, system and device type.
    pub browsers: Vec<Bar>,
    pub systems: Vec<Bar>,
    pub devices: Vec<Bar>,
}
