//! Applications per week: weeks start on Monday, and "this week" is the
//! week of today's date where the person lives.

use crate::model::insights::{WEEKS, WeekCount};
use chrono::{Datelike, Days, NaiveDate};

/// The Monday of the week holding `date`.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// Counts the applied dates (`YYYY-MM-DD`) falling in each of the
/// [`WEEKS`] weeks up to the one holding `today`, oldest week first.
/// Dates outside those weeks, or unreadable, are not counted.
pub fn per_week<'a>(
    today: NaiveDate,
    applied: impl IntoIterator<Item = &'a str>,
) -> Vec<WeekCount> {
    let last = monday_of(today);
    let first = last - Days::new(7 * (WEEKS as u64 - 1));
    let mut counts = vec![0i64; WEEKS];
    for date in applied {
        let Ok(date) = NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
            continue;
        };
        let monday = monday_of(date);
        if monday < first || monday > last {
            continue;
        }
        counts[((monday - first).num_days() / 7) as usize] += 1;
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, count)| WeekCount {
            monday: (first + Days::new(7 * i as u64))
                .format("%Y-%m-%d")
                .to_string(),
            count,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(monday_of(day("2026-11-23")), day("2026-11-23"));
        assert_eq!(monday_of(day("2026-11-29")), day("2026-11-23"));
        assert_eq!(monday_of(day("2027-01-01")), day("2026-12-28"));
    }

    #[test]
    fn twelve_weeks_oldest_first_with_this_week_last() {
        let weeks = per_week(
            day("2026-11-25"),
            [
                "2026-11-23",
                "2026-11-29",
                "2026-11-22",
                "2026-09-07",
                "2026-09-06",
                "2026-12-01",
                "soon",
            ],
        );
        assert_eq!(weeks.len(), WEEKS);
        assert_eq!(weeks[0].monday, "2026-09-07");
        assert_eq!(weeks[11].monday, "2026-11-23");
        // This week: the 23rd and the 29th; last week: the 22nd (a Sunday);
        // the first week: the 7th. Before it, after it, and nonsense: not counted.
        assert_eq!(weeks[11].count, 2);
        assert_eq!(weeks[10].count, 1);
        assert_eq!(weeks[0].count, 1);
        assert_eq!(weeks.iter().map(|w| w.count).sum::<i64>(), 4);
    }
}
