//! The two recurring jobs of usage analytics (P13). `analytics.rollup`
//! turns each finished day (UTC) of raw events into anonymous counts, once:
//! page views and time per page, feature use, visits and their length,
//! visits per browser, system and device. `analytics.prune` rolls up first,
//! then deletes raw events older than `OFFERLINE_ANALYTICS_RETENTION_DAYS`,
//! so no event is deleted before it was counted.

use super::repo::{self, Daily};
use crate::error::AppError;
use crate::server::jobs::Every;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::{DAY_MS, HOUR_MS, now_ms};
use std::collections::BTreeMap;

pub const ROLLUP: Every = Every::new("analytics.rollup", HOUR_MS);
pub const PRUNE: Every = Every::new("analytics.prune", 6 * HOUR_MS);

/// `YYYY-MM-DD` (UTC) of a time.
pub fn day_of(at_ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(at_ms)
        .unwrap_or_default()
        .date_naive()
        .to_string()
}

fn day_start(at_ms: i64) -> i64 {
    at_ms.div_euclid(DAY_MS) * DAY_MS
}

pub async fn rollup_job(state: AppState) -> Result<(), AppError> {
    rollup(&state, now_ms()).await
}

pub async fn prune_job(state: AppState) -> Result<(), AppError> {
    prune(&state, now_ms()).await.map(|_| ())
}

/// Rolls up every finished day that still has raw events and no counts.
pub async fn rollup(state: &AppState, now: i64) -> Result<(), AppError> {
    let scope = Scope::System;
    let today = day_start(now);
    let Some(oldest) = repo::oldest_before(&scope, &state.db, today).await? else {
        return Ok(());
    };
    let mut start = day_start(oldest);
    while start < today {
        let day = day_of(start);
        if !repo::is_rolled_up(&scope, &state.db, &day).await? {
            let rows = day_counts(state, &day, start, start + DAY_MS).await?;
            repo::insert_day(&scope, &state.db, &rows).await?;
        }
        start += DAY_MS;
    }
    Ok(())
}

/// Rolls up, then deletes raw events past the retention period.
pub async fn prune(state: &AppState, now: i64) -> Result<u64, AppError> {
    rollup(state, now).await?;
    let keep_ms = i64::from(state.config.analytics_retention_days) * DAY_MS;
    repo::prune_before(&Scope::System, &state.db, now - keep_ms).await
}

async fn day_counts(
    state: &AppState,
    day: &str,
    from: i64,
    to: i64,
) -> Result<Vec<Daily>, AppError> {
    let scope = Scope::System;
    let mut counts: BTreeMap<(&'static str, String), i64> = BTreeMap::new();
    let mut events = 0;
    for c in repo::counts_between(&scope, &state.db, from, to).await? {
        events += c.events;
        match c.kind.as_str() {
            "page_view" => *counts.entry(("page_views", c.name)).or_default() += c.events,
            "page_time" => *counts.entry(("page_time_ms", c.name)).or_default() += c.duration_ms,
            "feature" => *counts.entry(("feature", c.name)).or_default() += c.events,
            _ => {}
        }
    }
    let visits = repo::visits_between(&scope, &state.db, from, to).await?;
    counts.insert(("visits", String::new()), visits.len() as i64);
    let total_ms: i64 = visits
        .iter()
        .map(|v| (v.ended_at - v.started_at).max(0))
        .sum();
    counts.insert(("visit_ms", String::new()), total_ms);
    for v in visits {
        let browser = format!("{} {}", v.browser, v.browser_version)
            .trim()
            .to_string();
        *counts.entry(("browser", browser)).or_default() += 1;
        *counts.entry(("os", v.os)).or_default() += 1;
        *counts.entry(("device", v.device)).or_default() += 1;
    }
    counts.insert(("events", String::new()), events);
    Ok(counts
        .into_iter()
        .map(|((metric, dimension), value)| Daily {
            day: day.to_string(),
            metric: metric.to_string(),
            dimension,
            value,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_utc_calendar_days() {
        let at = 1_774_823_400_000; // 2026-03-29 22:30 UTC
        assert_eq!(day_of(at), "2026-03-29");
        assert_eq!(day_of(day_start(at)), "2026-03-29");
        assert_eq!(day_of(day_start(at) + DAY_MS), "2026-03-30");
    }
}
