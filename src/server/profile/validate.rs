//! Checks of fields only a profile has (months, countries, time zones,
//! phones); each failure is a translation key. General checks are in
//! `server::validation`.

use crate::model::countries::COUNTRIES;

/// Most skills one person keeps.
pub const SKILLS_MAX: usize = 100;
/// Most experience or education entries one person keeps.
pub const ENTRIES_MAX: usize = 50;
pub const NOTICE_WEEKS_MAX: i64 = 52;

/// A `YYYY-MM` month between 1900 and 2100.
pub fn month(value: &str) -> Result<(), &'static str> {
    if value.is_empty() {
        return Err("error-required");
    }
    let ok = value.len() == 7
        && value.as_bytes()[4] == b'-'
        && value[..4]
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
        && value[5..]
            .parse::<u8>()
            .is_ok_and(|m| (1..=12).contains(&m))
        && value[..4].bytes().all(|b| b.is_ascii_digit())
        && value[5..].bytes().all(|b| b.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err("error-month-invalid")
    }
}

/// An ISO 3166-1 alpha-2 code, upper case.
pub fn country(value: &str) -> Result<(), &'static str> {
    if COUNTRIES.iter().any(|c| c.0 == value) {
        Ok(())
    } else {
        Err("error-country-unknown")
    }
}

/// An IANA time zone name that chrono-tz knows.
pub fn time_zone(value: &str) -> Result<(), &'static str> {
    value
        .parse::<chrono_tz::Tz>()
        .map(|_| ())
        .map_err(|_| "error-time-zone-unknown")
}

/// Every time zone name, sorted.
pub fn time_zones() -> Vec<&'static str> {
    let mut zones: Vec<&'static str> = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect();
    zones.sort_unstable();
    zones
}

/// Parses a phone number (international, or national in the country
/// `region`) into E.164.
pub fn phone(value: &str, region: Option<&str>) -> Result<String, &'static str> {
    if value.chars().count() > 32 {
        return Err("error-phone-invalid");
    }
    let region = region.and_then(|r| r.parse::<phonenumber::country::Id>().ok());
    let number = phonenumber::parse(region, value).map_err(|_| "error-phone-invalid")?;
    if !phonenumber::is_valid(&number) {
        return Err("error-phone-invalid");
    }
    Ok(number.format().mode(phonenumber::Mode::E164).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_year_dash_month() {
        assert_eq!(month("2024-03"), Ok(()));
        assert_eq!(month(""), Err("error-required"));
        for bad in [
            "2024-13", "2024-00", "24-03", "2024/03", "2024-3", "+024-03",
        ] {
            assert_eq!(month(bad), Err("error-month-invalid"), "{bad}");
        }
    }

    #[test]
    fn phones_become_e164_with_the_country_as_default_region() {
        assert_eq!(
            phone("0470 12 34 56", Some("BE")),
            Ok("+32470123456".into())
        );
        assert_eq!(phone("+31 6 12345678", None), Ok("+31612345678".into()));
        assert_eq!(phone("12", Some("BE")), Err("error-phone-invalid"));
        assert_eq!(phone("not a phone", None), Err("error-phone-invalid"));
    }

    #[test]
    fn zones_countries_and_currencies_are_known_codes() {
        assert_eq!(time_zone("Europe/Brussels"), Ok(()));
        assert_eq!(time_zone("Mars/Olympus"), Err("error-time-zone-unknown"));
        assert!(time_zones().len() > 400);
        assert_eq!(country("BE"), Ok(()));
        assert_eq!(country("XX"), Err("error-country-unknown"));
    }
}
