//! Helpers of the profile tests: reading the profile, posting a section,
//! the field errors of a reply, and complete section forms.

use super::Reply;
use super::account::call;
use serde_json::Value;

/// Form pairs, or expected (field, key) pairs.
pub type Pairs<'a> = Vec<(&'a str, &'a str)>;

pub async fn profile(app: &axum::Router, cookie: &str) -> Value {
    let reply = call(app, "/api/profile/get", Some(cookie), &[]).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    serde_json::from_str(&reply.body).expect("JSON")
}

pub async fn ok(app: &axum::Router, path: &str, cookie: &str, pairs: &[(&str, &str)]) {
    let reply = call(app, path, Some(cookie), pairs).await;
    assert_eq!(reply.status, 200, "{path}: {}", reply.body);
}

/// The field errors of a reply, as (field, key) pairs.
pub fn field_errors(reply: &Reply) -> Vec<(String, String)> {
    let value: Value = serde_json::from_str(&reply.body).expect("JSON error");
    value["Validation"]
        .as_array()
        .unwrap_or_else(|| panic!("not a validation error: {}", reply.body))
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_string(),
                e["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A complete personal-details form: a name and empty fields, with `over`
/// in their place.
pub fn personal<'a>(over: &[(&'a str, &'a str)]) -> Pairs<'a> {
    let defaults = [
        ("name", "Ana Lima"),
        ("phone", ""),
        ("city", ""),
        ("region", ""),
        ("country", ""),
        ("time_zone", ""),
        ("locale", ""),
    ];
    with(&defaults, over)
}

/// A complete career form: empty fields, with `over` in their place.
pub fn career<'a>(over: &[(&'a str, &'a str)]) -> Pairs<'a> {
    let defaults = [
        ("desired_titles", ""),
        ("desired_locations", ""),
        ("salary_min", ""),
        ("salary_max", ""),
        ("salary_currency", ""),
        ("salary_period", ""),
        ("notice_weeks", ""),
    ];
    with(&defaults, over)
}

/// `defaults`, each replaced by the pair of `over` with its name.
fn with<'a>(defaults: &[(&'a str, &'a str)], over: &[(&'a str, &'a str)]) -> Pairs<'a> {
    let mut pairs = defaults.to_vec();
    for (k, v) in over {
        pairs.retain(|(key, _)| key != k);
        pairs.push((k, v));
    }
    pairs
}
