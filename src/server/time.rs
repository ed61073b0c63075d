//! The clock. Stored times are unix milliseconds UTC everywhere.

use std::time::{SystemTime, UNIX_EPOCH};

pub const MINUTE_MS: i64 = 60 * 1000;
pub const HOUR_MS: i64 = 60 * MINUTE_MS;
pub const DAY_MS: i64 = 24 * HOUR_MS;

/// Now, in unix milliseconds UTC.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The calendar date at `at_ms` in time zone `zone`.
pub fn local_date(at_ms: i64, zone: chrono_tz::Tz) -> chrono::NaiveDate {
    chrono::DateTime::from_timestamp_millis(at_ms)
        .unwrap_or_default()
        .with_timezone(&zone)
        .date_naive()
}

#[cfg(test)]
mod tests {
    use super::local_date;

    #[test]
    fn the_local_date_follows_summer_time() {
        // 2026-03-29 22:30 UTC: still Sunday in London (BST, +1), already
        // Monday in Amsterdam (CEST, +2), since clocks went forward that day.
        let at = 1_774_823_400_000;
        assert_eq!(local_date(at, chrono_tz::UTC).to_string(), "2026-03-29");
        assert_eq!(
            local_date(at, chrono_tz::Europe::London).to_string(),
            "2026-03-29"
        );
        assert_eq!(
            local_date(at, chrono_tz::Europe::Amsterdam).to_string(),
            "2026-03-30"
        );
    }
}
