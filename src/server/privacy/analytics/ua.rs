//! What usage analytics keeps of a `User-Agent` header (P05): the browser
//! family and major version, the operating system and the kind of device,
//! parsed by the woothee crate. The header itself is never stored, and
//! robots are not counted.

/// The parts of a user agent that analytics keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    pub browser: String,
    /// The major version only.
    pub browser_version: String,
    pub os: String,
    /// `desktop`, `mobile`, `tablet`, `other` or `unknown`.
    pub device: &'static str,
}

/// The agent's families, or `None` for a crawler.
pub fn parse(user_agent: &str) -> Option<Agent> {
    let known = |v: &str| {
        if v == "UNKNOWN" {
            String::new()
        } else {
            v.to_string()
        }
    };
    let Some(found) = woothee::parser::Parser::new().parse(user_agent) else {
        return Some(Agent {
            browser: String::new(),
            browser_version: String::new(),
            os: String::new(),
            device: "unknown",
        });
    };
    let device = match found.category {
        "crawler" => return None,
        "pc" => "desktop",
        "smartphone" if found.os == "iPad" => "tablet",
        "smartphone" | "mobilephone" => "mobile",
        "appliance" => "other",
        _ => "unknown",
    };
    let browser = known(found.name);
    let browser_version = if browser.is_empty() {
        String::new()
    } else {
        known(found.version.split('.').next().unwrap_or_default())
    };
    Some(Agent {
        browser,
        browser_version,
        os: known(found.os),
        device,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p05_browsers_systems_and_devices_are_named() {
        let firefox =
            parse("Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0")
                .unwrap();
        assert_eq!(
            (
                firefox.browser.as_str(),
                firefox.browser_version.as_str(),
                firefox.os.as_str(),
                firefox.device
            ),
            ("Firefox", "131", "Linux", "desktop")
        );
        let iphone = parse("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1").unwrap();
        assert_eq!(
            (iphone.browser.as_str(), iphone.device),
            ("Safari", "mobile")
        );
        assert_eq!(
            parse("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
            None
        );
        assert_eq!(parse("").map(|a| a.device), Some("unknown"));
    }
}
