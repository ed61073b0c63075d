//! The staff dashboard (P13): built from the daily anonymous counts only,
//! never from raw events, so it cannot show a person, a visit or a network.

use super::repo;
use super::rollup::day_of;
use crate::error::AppError;
use crate::model::analytics::{Bar, Dashboard, PageStat};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use std::collections::BTreeMap;

/// Whole days shown, ending yesterday (today is counted tomorrow).
pub const DAYS: u32 = 30;
const DAY_MS: i64 = 24 * 3600 * 1000;
/// Rows shown per list.
const TOP: usize = 10;

pub async fn load(state: &AppState, scope: &Scope, now: i64) -> Result<Dashboard, AppError> {
    scope.staff()?;
    let viewed = crate::server::admin::ANALYTICS_VIEWED;
    crate::server::admin::note(state, scope, viewed, None, "").await?;
    let first = now - i64::from(DAYS) * DAY_MS;
    let rows = repo::daily_since(scope, &state.db, &day_of(first)).await?;
    let today = day_of(now);
    let mut sums: BTreeMap<&str, BTreeMap<String, i64>> = BTreeMap::new();
    let mut per_day: BTreeMap<String, i64> = (1..=i64::from(DAYS))
        .map(|back| (day_of(now - back * DAY_MS), 0))
        .collect();
    for row in rows.iter().filter(|r| r.day < today) {
        if row.metric == "page_views" {
            *per_day.entry(row.day.clone()).or_default() += row.value;
        }
        *sums
            .entry(row.metric.as_str())
            .or_default()
            .entry(row.dimension.clone())
            .or_default() += row.value;
    }
    let total = |metric: &str| sums.get(metric).map_or(0, |m| m.values().sum::<i64>());
    let visits = total("visits");
    let avg_visit_secs = if visits > 0 {
        total("visit_ms") / visits / 1000
    } else {
        0
    };
    let times = sums.get("page_time_ms").cloned().unwrap_or_default();
    let mut pages: Vec<PageStat> = sums
        .get("page_views")
        .map(|m| {
            m.iter()
                .map(|(path, &views)| PageStat {
                    path: path.clone(),
                    views,
                    avg_secs: times
                        .get(path)
                        .filter(|_| views > 0)
                        .map(|ms| ms / views / 1000),
                })
                .collect()
        })
        .unwrap_or_default();
    pages.sort_by(|a, b| b.views.cmp(&a.views).then(a.path.cmp(&b.path)));
    pages.truncate(TOP);
    Ok(Dashboard {
        days: DAYS,
        retention_days: state.config.analytics_retention_days,
        views_per_day: per_day
            .into_iter()
            .map(|(label, value)| Bar { label, value })
            .collect(),
        visits,
        avg_visit_secs,
        pages,
        features: top(sums.get("feature")),
        browsers: top(sums.get("browser")),
        systems: top(sums.get("os")),
        devices: top(sums.get("device")),
    })
}

fn top(counts: Option<&BTreeMap<String, i64>>) -> Vec<Bar> {
    let mut bars: Vec<Bar> = counts
        .into_iter()
        .flatten()
        .map(|(label, &value)| Bar {
            label: label.clone(),
            value,
        })
        .collect();
    bars.sort_by(|a, b| b.value.cmp(&a.value).then(a.label.cmp(&b.label)));
    bars.truncate(TOP);
    bars
}
