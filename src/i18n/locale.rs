use serde::{Deserialize, Serialize};

/// A language the interface is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Locale {
    #[default]
    En,
    Nl,
    Fr,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Nl, Locale::Fr];

    /// The BCP 47 tag, as used in `<html lang>` and the preference cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
            Locale::Fr => "fr",
        }
    }

    /// The language's own name for itself, shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nl => "Nederlands",
            Locale::Fr => "Français",
        }
    }

    /// Parses a tag such as `nl`, `nl-BE` or `FR`; `None` for other languages.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == primary)
    }
}

#[cfg(test)]
mod tests {
    use super::Locale;

    #[test]
    fn tags_parse_with_regions_and_case() {
        assert_eq!(Locale::from_tag("nl-BE"), Some(Locale::Nl));
        assert_eq!(Locale::from_tag("FR"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("de"), None);
        assert_eq!(Locale::from_tag(""), None);
    }
}
