//! Every cookie Offerline can set. The server sets cookies only through this
//! list and the cookie policy page is rendered from it, so the two cannot
//! drift apart.

/// How long a cookie lives, as the policy page states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    Minutes(u32),
    Days(u32),
}

impl Lifetime {
    pub fn seconds(self) -> i64 {
        match self {
            Lifetime::Minutes(m) => i64::from(m) * 60,
            Lifetime::Days(d) => i64::from(d) * 24 * 3600,
        }
    }
}

/// One cookie: its name, why it exists and how long it lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CookieSpec {
    pub name: &'static str,
    pub lifetime: Lifetime,
    /// Essential cookies need no consent; the others wait for it.
    pub essential: bool,
}

impl CookieSpec {
    /// Translation key of the cookie's purpose, shown on the cookie policy page.
    pub fn purpose_key(&self) -> String {
        format!("cookie-{}-purpose", self.name)
    }

    /// `Max-Age` in seconds.
    pub fn max_age_secs(&self) -> i64 {
        self.lifetime.seconds()
    }
}

/// The interface language a visitor picked.
pub const LOCALE: CookieSpec = CookieSpec {
    name: "offerline_locale",
    lifetime: Lifetime::Days(365),
    essential: true,
};

/// The colour theme a visitor picked.
pub const THEME: CookieSpec = CookieSpec {
    name: "offerline_theme",
    lifetime: Lifetime::Days(365),
    essential: true,
};

/// Keeps a person signed in. Over HTTPS its name carries the `__Host-`
/// prefix. Without "remember me" it ends with the browser session; with it,
/// it lasts the configured session lifetime (30 days unless changed).
pub const SESSION: CookieSpec = CookieSpec {
    name: "offerline_session",
    lifetime: Lifetime::Days(30),
    essential: true,
};

/// The visitor's cookie choice (P29): the policy version it was made under,
/// whether analytics is allowed, and when. A choice lasts six months, then
/// the banner asks again.
pub const CONSENT: CookieSpec = CookieSpec {
    name: "offerline_consent",
    lifetime: Lifetime::Days(crate::model::consent::VALID_DAYS),
    essential: true,
};

/// What was typed in a form the server refused (passwords never), so the
/// page it goes back to can show it again; read once, then cleared.
pub const TYPED: CookieSpec = CookieSpec {
    name: "offerline_typed",
    lifetime: Lifetime::Minutes(2),
    essential: true,
};

/// Between creating an account and opening the confirmation link: a
/// random value whose hash the link's token keeps, so opening the link in
/// the browser that signed up also signs it in. Any other browser only
/// confirms the address. Deleted when the link is used.
pub const SIGN_UP: CookieSpec = CookieSpec {
    name: "offerline_sign_up",
    lifetime: Lifetime::Days(1),
    essential: true,
};

/// A random visit id, set only after analytics consent, so usage analytics
/// can measure how long a visit lasts (P05). Renewed with each page, gone
/// after half an hour without one, deleted when consent is withdrawn.
pub const VISIT: CookieSpec = CookieSpec {
    name: "offerline_visit",
    lifetime: Lifetime::Minutes(30),
    essential: false,
};

/// All of them, in the order the policy page lists them.
pub const ALL: &[CookieSpec] = &[SESSION, SIGN_UP, LOCALE, THEME, CONSENT, TYPED, VISIT];
