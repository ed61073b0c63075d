//! The cells of a CSV row turned into what the card form accepts: text
//! (without a formula guard), dates, work modes, job types, salary ranges,
//! excitement, tags, yes/no. A cell that cannot be read is passed on as it
//! is, so the card checks report it against its row instead of guessing.

use super::dates::DateOrder;
use super::mapping::header_key;
use crate::model::currencies::CURRENCIES;

/// A cell as text: the apostrophe that an export (Offerline's among them)
/// puts before a cell a spreadsheet would run as a formula is dropped.
/// A cell read for card field `key` (one of `model::card::CARD_FIELDS`),
/// as the card form would hold it.
/// Dates are read in the file's `order`.
pub fn for_field(key: &str, cell: &str, order: DateOrder) -> String {
    match key {
        "work_mode" => work_mode(cell),
        "salary_min" | "salary_max" => amount(cell),
        "salary_currency" => cell.to_uppercase(),
        "salary_period" => period(cell),
        "job_type" => job_type(cell),
        "deadline" | "applied_on" => super::dates::date(cell, order),
        "excitement" => excitement(cell),
        "tags" => tags(cell),
        _ => cell.to_string(),
    }
}

pub fn text(cell: &str) -> &str {
    let cell = cell.trim();
    match cell.strip_prefix('\'') {
        // Our own export's defused formulas (`csv_export::cell`).
        Some(rest) if rest.trim_start().starts_with(['=', '+', '-', '@']) => rest.trim_start(),
        _ => cell,
    }
}

/// `remote`, `hybrid` or `on-site` from the ways exports write them.
pub fn work_mode(cell: &str) -> String {
    let key = header_key(cell);
    match key.as_str() {
        "" => String::new(),
        "remote" | "fullyremote" | "remoteonly" | "yes" | "true" | "thuiswerk" | "teletravail" => {
            "remote".into()
        }
        "hybrid" | "hybride" | "partlyremote" => "hybrid".into(),
        "onsite" | "office" | "inoffice" | "inperson" | "no" | "false" | "opkantoor"
        | "surplace" | "presentiel" => "on-site".into(),
        _ => cell.trim().to_string(),
    }
}

/// A job type in the card's words.
pub fn job_type(cell: &str) -> String {
    let key = header_key(cell);
    match key.as_str() {
        "" => String::new(),
        "fulltime" | "permanent" | "voltijd" | "tempsplein" | "cdi" => "full-time".into(),
        "parttime" | "deeltijd" | "tempspartiel" => "part-time".into(),
        "contract" | "contractor" | "temporary" | "cdd" => "contract".into(),
        "internship" | "intern" | "stage" | "stagiair" => "internship".into(),
        "freelance" | "freelancer" | "selfemployed" => "freelance".into(),
        _ => cell.trim().to_string(),
    }
}

/// `hour`, `day`, `month` or `year` named in a salary or period cell.
pub fn period(cell: &str) -> String {
    let lower = cell.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has(&["hour", "/h", "uur", "heure"]) {
        "hour".into()
    } else if has(&["day", "/d", "dag", "jour"]) {
        "day".into()
    } else if has(&["month", "/m", "maand", "mois"]) {
        "month".into()
    } else if has(&["year", "annual", "/y", "jaar", "/an", "annuel"]) {
        "year".into()
    } else {
        String::new()
    }
}

/// The currency named in a cell by its ISO code or its usual symbol.
pub fn currency(cell: &str) -> String {
    let upper = cell.to_uppercase();
    let code = upper
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|w| w.len() == 3 && CURRENCIES.contains(w));
    if let Some(code) = code {
        return code.to_string();
    }
    let symbol = [
        ('€', "EUR"),
        ('£', "GBP"),
        ('$', "USD"),
        ('¥', "JPY"),
        ('₹', "INR"),
    ]
    .into_iter()
    .find(|(s, _)| cell.contains(*s));
    symbol.map(|(_, code)| code.to_string()).unwrap_or_default()
}

/// The amounts in a cell, in whole units: "90,000", "90 000", "90k",
/// "€90.5k", "1.200.000". Separators of thousands are dropped; a `k`
/// multiplies by a thousand.
pub fn amounts(cell: &str) -> Vec<i64> {
    let mut out = Vec::new();
    let chars: Vec<char> = cell.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (matches!(chars[i], ',' | '.' | ' ' | '\u{a0}' | '\u{202f}')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
        {
            i += 1;
        }
        let run: String = chars[start..i].iter().collect();
        let thousands = chars.get(i).is_some_and(|c| matches!(c, 'k' | 'K'));
        if let Some(value) = number(&run) {
            let value = if thousands { value * 1000.0 } else { value };
            out.push(value.round() as i64);
        }
    }
    out
}

/// A run of digits and separators as a number: a separator followed by
/// exactly three digits groups thousands, any other one is the decimal
/// point.
fn number(run: &str) -> Option<f64> {
    let parts: Vec<&str> = run.split([',', '.', ' ', '\u{a0}', '\u{202f}']).collect();
    let (last, groups) = parts.split_last()?;
    if parts.len() > 1 && last.len() != 3 {
        format!("{}.{last}", groups.concat()).parse().ok()
    } else {
        parts.concat().parse().ok()
    }
}

/// The first amount of a cell, as text for the card form, or the cell as
/// it is when it holds none.
pub fn amount(cell: &str) -> String {
    match amounts(cell).first() {
        Some(n) => n.to_string(),
        None => cell.trim().to_string(),
    }
}

/// Excitement from 1 to 5: a digit, "4/5", or stars.
pub fn excitement(cell: &str) -> String {
    let stars = cell
        .chars()
        .filter(|c| matches!(c, '★' | '⭐' | '*'))
        .count();
    if stars > 0 {
        return stars.to_string();
    }
    match amounts(cell).first() {
        Some(n) => n.to_string(),
        None => cell.trim().to_string(),
    }
}

/// Tags separated by commas or semicolons.
pub fn tags(cell: &str) -> String {
    cell.replace(';', ",")
}

/// Whether a cell says yes.
pub fn yes(cell: &str) -> bool {
    matches!(
        header_key(cell).as_str(),
        "yes" | "true" | "1" | "x" | "archived" | "ja" | "oui" | "gearchiveerd" | "archive"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_become_what_the_card_form_accepts() {
        assert_eq!(work_mode("Fully Remote"), "remote");
        assert_eq!(work_mode("On-site"), "on-site");
        assert_eq!(job_type("Full time"), "full-time");
        assert_eq!(amounts("€90,000 – €120,000 per year"), [90_000, 120_000]);
        assert_eq!(amounts("90k-120.5k"), [90_000, 120_500]);
        assert_eq!(amounts("1.200.000"), [1_200_000]);
        assert_eq!(amounts("45,50 / hour"), [46]);
        assert_eq!(currency("€90k"), "EUR");
        assert_eq!(currency("90000 chf"), "CHF");
        assert_eq!(period("$60/hour"), "hour");
        assert_eq!(period("90k"), "");
        assert_eq!(excitement("★★★★"), "4");
        assert_eq!(excitement("3/5"), "3");
        assert!(yes("Yes") && !yes(""));
        assert_eq!(text("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(text("'quoted'"), "'quoted'");
    }
}
