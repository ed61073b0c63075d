//! Every cookie Offerline can set. The server sets cookies only through this
//! list and the cookie policy page is rendered from it, so the two cannot
//! drift apart.

/// One cookie: its name, why it exists and how long it lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CookieSpec {
    pub name: &'static str,
    /// Lifetime in days; the policy page shows it as such.
    pub max_age_days: u32,
    /// Essential cookies need no consent; the others wait for it.
    pub essential: bool,
}

impl CookieSpec {
    /// Translation key of the cookie's purpose, shown on the cookie policy page.
    pub fn purpose_key(&self) -> String {
        format!("cookie-{}-purpose", self.name)
    }
}

/// The interface language a visitor picked.
pub const LOCALE: CookieSpec = CookieSpec {
    name: "offerline_locale",
    max_age_days: 365,
    essential: true,
};

/// The colour theme a visitor picked.
pub const THEME: CookieSpec = CookieSpec {
    name: "offerline_theme",
    max_age_days: 365,
    essential: true,
};

/// Keeps a person signed in. Over HTTPS its name carries the `__Host-`
/// prefix. Without "remember me" it ends with the browser session; with it,
/// it lasts the configured session lifetime (30 days unless changed).
pub const SESSION: CookieSpec = CookieSpec {
    name: "offerline_session",
    max_age_days: 30,
    essential: true,
};

/// All of them, in the order the policy page lists them.
pub const ALL: &[CookieSpec] = &[SESSION, LOCALE, THEME];
