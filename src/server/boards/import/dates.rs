//! Dates as the tools people leave write them, read as `YYYY-MM-DD`: ISO
//! dates and date-times, `YYYY/MM/DD`, day-month-year with dots, slashes or
//! dashes (as Dutch and French spreadsheets save them), month/day/year when
//! the file says so, month names ("2 Oct 2026", "Oct 2, 2026", in English,
//! Dutch or French), and spreadsheet serial numbers.
//!
//! Whether `03/04/2026` is the 3rd of April or the 4th of March is decided
//! for the whole file, not cell by cell ([`order_of`]): month-first only
//! when some date of the file can only be read that way and none can only
//! be read day-first, as most of the world (and every spreadsheet in
//! Dutch or French) writes the day first. The mapping page shows that
//! guess with an example from the file ([`example_in`]), and the person
//! can choose the other order.

use chrono::{Datelike, Duration, NaiveDate};

pub use crate::model::import::DateOrder;

/// The order of the dates in `cells` (every date cell of a file).
pub fn order_of<'a>(cells: impl IntoIterator<Item = &'a str>) -> DateOrder {
    let (mut day_first, mut month_first) = (false, false);
    for cell in cells {
        if let Some((a, b, _)) = numeric_parts(cell.trim()) {
            day_first |= a > 12 && b <= 12;
            month_first |= b > 12 && a <= 12;
        }
    }
    if month_first && !day_first {
        DateOrder::MonthFirst
    } else {
        DateOrder::DayFirst
    }
}

/// Every cell of the columns `mapping` makes dates (the deadline and the
/// applied date), row by row.
fn date_cells<'a>(mapping: &[String], rows: &'a [Vec<String>]) -> impl Iterator<Item = &'a str> {
    let columns: Vec<usize> = mapping
        .iter()
        .enumerate()
        .filter(|(_, field)| matches!(field.as_str(), "deadline" | "applied_on"))
        .map(|(i, _)| i)
        .collect();
    rows.iter().flat_map(move |row| {
        columns
            .iter()
            .filter_map(|&i| row.get(i).map(String::as_str))
            .collect::<Vec<_>>()
    })
}

/// The order of a file's numeric dates, from every cell of its date
/// columns.
pub fn order_in(mapping: &[String], rows: &[Vec<String>]) -> DateOrder {
    order_of(date_cells(mapping, rows))
}

/// A numeric date of the file's date columns, to show how the order reads
/// it: the first that reads differently either way (`03/04/2026`), else
/// the first there is; `None` when the file has none.
pub fn example_in(mapping: &[String], rows: &[Vec<String>]) -> Option<String> {
    let mut first = None;
    for cell in date_cells(mapping, rows) {
        let cell = cell.trim();
        if let Some((a, b, _)) = numeric_parts(cell) {
            if a != b && a <= 12 && b <= 12 {
                return Some(cell.to_string());
            }
            first.get_or_insert_with(|| cell.to_string());
        }
    }
    first
}

/// `cell` read in `order` as year, month and day, if it is a date.
pub fn parts(cell: &str, order: DateOrder) -> Option<(i32, u32, u32)> {
    read(cell.trim(), order).map(|d| (d.year(), d.month(), d.day()))
}

/// `cell` as `YYYY-MM-DD`, reading numeric day-month dates in `order`;
/// anything else is returned as it is (for the card checks to report).
pub fn date(cell: &str, order: DateOrder) -> String {
    let cell = cell.trim();
    if cell.is_empty() {
        return String::new();
    }
    read(cell, order).map_or_else(|| cell.to_string(), |d| d.format("%Y-%m-%d").to_string())
}

fn read(cell: &str, order: DateOrder) -> Option<NaiveDate> {
    let head = cell.get(..10).unwrap_or(cell);
    if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(head, "%Y/%m/%d"))
    {
        return Some(d);
    }
    if let Some((a, b, year)) = numeric_parts(cell) {
        let (day, month) = match order {
            DateOrder::DayFirst if a <= 31 && b <= 12 => (a, b),
            DateOrder::MonthFirst if a <= 12 && b <= 31 => (b, a),
            // The file's order cannot be right for this one: the other way.
            _ if a > 12 => (a, b),
            _ => (b, a),
        };
        return NaiveDate::from_ymd_opt(year, month, day);
    }
    serial(cell).or_else(|| named_month(cell))
}

/// Day-or-month, month-or-day and a four-digit year, separated by `/`,
/// `-` or `.`.
fn numeric_parts(cell: &str) -> Option<(u32, u32, i32)> {
    let parts: Vec<&str> = cell.split(['/', '-', '.']).map(str::trim).collect();
    let [a, b, y] = parts[..] else { return None };
    if y.len() != 4 || a.is_empty() || a.len() > 2 || b.is_empty() || b.len() > 2 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, y.parse().ok()?))
}

/// A spreadsheet's serial day number (days since 1899-12-30), for dates
/// between 1954 and 2119.
fn serial(cell: &str) -> Option<NaiveDate> {
    let days: i64 = cell.split('.').next()?.parse().ok()?;
    if !(20_000..80_000).contains(&days) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(Duration::days(days))
}

/// "2 Oct 2026", "2 October 2026", "Oct 2, 2026", "2 okt. 2026",
/// "2 octobre 2026", "1er mars 2026".
fn named_month(cell: &str) -> Option<NaiveDate> {
    let words: Vec<String> = cell
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    let [x, y, year] = &words[..] else {
        return None;
    };
    let year: i32 = year
        .parse()
        .ok()
        .filter(|y: &i32| (1000..=9999).contains(y))?;
    let day_of = |w: &str| -> Option<u32> { w.trim_end_matches("er").parse().ok() };
    let (day, month) = match (day_of(x), month_of(y), month_of(x), day_of(y)) {
        (Some(day), Some(month), _, _) => (day, month),
        (_, _, Some(month), Some(day)) => (day, month),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A month from its name or abbreviation in English, Dutch or French.
fn month_of(word: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &["jan", "january", "januari", "janv", "janvier"],
        &[
            "feb", "february", "februari", "févr", "fevr", "février", "fevrier",
        ],
        &["mar", "march", "mrt", "maart", "mars"],
        &["apr", "april", "avr", "avril"],
        &["may", "mei", "mai"],
        &["jun", "june", "juni", "juin"],
        &["jul", "july", "juli", "juil", "juillet"],
        &["aug", "august", "augustus", "août", "aout"],
        &["sep", "sept", "september", "septembre"],
        &["oct", "october", "okt", "oktober", "octobre"],
        &["nov", "november", "novembre"],
        &["dec", "december", "déc", "décembre", "decembre"],
    ];
    MONTHS
        .iter()
        .position(|names| names.contains(&word))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateOrder::*;

    #[test]
    fn the_usual_forms_are_read() {
        assert_eq!(date("2026-03-01T09:30:00Z", DayFirst), "2026-03-01");
        assert_eq!(date("2026/03/01", DayFirst), "2026-03-01");
        assert_eq!(date("01.03.2026", DayFirst), "2026-03-01");
        assert_eq!(date("01-03-2026", DayFirst), "2026-03-01");
        assert_eq!(date("25/03/2026", DayFirst), "2026-03-25");
        assert_eq!(date("2 Oct 2026", DayFirst), "2026-10-02");
        assert_eq!(date("Oct 2, 2026", DayFirst), "2026-10-02");
        assert_eq!(date("2 okt. 2026", DayFirst), "2026-10-02");
        assert_eq!(date("1er mars 2026", DayFirst), "2026-03-01");
        assert_eq!(date("46113", DayFirst), "2026-04-01");
        assert_eq!(date("soon", DayFirst), "soon");
        assert_eq!(date("31/02/2026", DayFirst), "31/02/2026");
    }

    #[test]
    fn the_file_decides_which_comes_first() {
        let european = ["03/04/2026", "25/12/2026"];
        assert_eq!(order_of(european), DayFirst);
        let american = ["03/04/2026", "12/25/2026"];
        assert_eq!(order_of(american), MonthFirst);
        assert_eq!(order_of(["03/04/2026"]), DayFirst);
        assert_eq!(date("03/04/2026", DayFirst), "2026-04-03");
        assert_eq!(date("03/04/2026", MonthFirst), "2026-03-04");
        // A date that cannot be read the file's way is read the other way.
        assert_eq!(date("12/25/2026", DayFirst), "2026-12-25");
    }

    #[test]
    fn the_example_is_a_date_that_reads_differently_either_way() {
        let mapping = vec!["title".to_string(), "applied_on".to_string()];
        let rows = |cells: &[&str]| -> Vec<Vec<String>> {
            cells
                .iter()
                .map(|c| vec!["Dev".to_string(), c.to_string()])
                .collect()
        };
        let file = rows(&["2026-01-02", "25/12/2026", "03/04/2026"]);
        assert_eq!(example_in(&mapping, &file).as_deref(), Some("03/04/2026"));
        assert_eq!(
            example_in(&mapping, &rows(&["25/12/2026"])).as_deref(),
            Some("25/12/2026")
        );
        assert_eq!(example_in(&mapping, &rows(&["2026-01-02", ""])), None);
        assert_eq!(parts("03/04/2026", MonthFirst), Some((2026, 3, 4)));
        assert_eq!(parts("03/04/2026", DayFirst), Some((2026, 4, 3)));
    }
}
