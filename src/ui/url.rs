//! The address of the page as forms and links hand it on (`return_to`),
//! and the encoding that carries it in a query string.

use leptos::prelude::*;
use leptos_router::location::Location;

fn join(path: String, search: String) -> String {
    // The router's `search` is the query without its `?`.
    if search.is_empty() {
        path
    } else {
        format!("{path}?{search}")
    }
}

/// The path and query of the page (`/settings/data?notice=x`), as a
/// tracked closure.
pub fn here(location: &Location) -> impl Fn() -> String + Copy + Send + Sync + use<> {
    let (path, search) = (location.pathname, location.search);
    move || join(path.get(), search.get())
}

/// [`here`], read once.
pub fn here_untracked(location: &Location) -> String {
    join(
        location.pathname.get_untracked(),
        location.search.get_untracked(),
    )
}

/// Percent-encodes `value` for a query parameter, keeping `/` readable.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_keeps_its_question_mark() {
        assert_eq!(join("/a".into(), "".into()), "/a");
        assert_eq!(join("/a".into(), "b=1".into()), "/a?b=1");
        assert_eq!(encode("/a?b=1&c"), "/a%3Fb%3D1%26c");
    }
}
