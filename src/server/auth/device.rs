//! A readable device label from a `User-Agent` header ("Firefox 131 on
//! Linux"), for the sessions list and account history. Parsed by the
//! woothee crate; no other signal is used and nothing is fingerprinted.

/// "Browser version on OS", or the empty string when unknown.
pub fn describe(user_agent: &str) -> String {
    let Some(found) = woothee::parser::Parser::new()
        .parse(user_agent)
        .filter(|f| {
            matches!(
                f.category,
                "pc" | "smartphone" | "mobilephone" | "appliance"
            )
        })
    else {
        return String::new();
    };
    let major = found.version.split('.').next().unwrap_or("");
    let browser = match (found.name, major) {
        ("UNKNOWN", _) => "",
        (name, "" | "UNKNOWN") => name,
        (name, _) => return with_os(&format!("{name} {major}"), found.os),
    };
    with_os(browser, found.os)
}

fn with_os(browser: &str, os: &str) -> String {
    match (browser, os) {
        ("", "UNKNOWN") => String::new(),
        ("", os) => os.to_string(),
        (browser, "UNKNOWN") => browser.to_string(),
        (browser, os) => format!("{browser} · {os}"),
    }
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn common_browsers_are_named_with_their_system() {
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0";
        assert_eq!(describe(firefox), "Firefox 131 · Linux");
        let chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
        assert_eq!(describe(chrome), "Chrome 130 · Windows 10");
        assert_eq!(describe("curl/8.0"), "");
    }
}
