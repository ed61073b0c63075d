//! The profile's field errors (P02): each wrong value gets its translation
//! key and nothing is saved. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::profile::*;
use crate::common::*;

/// P02: wrong values give field errors with translation keys, and nothing
/// is saved.
#[tokio::test]
async fn p02_invalid_values_are_field_errors() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Ana", "ana@example.org").await;
    let long = "x".repeat(101);
    let blanks = "a,".repeat(11);
    let cases: Vec<(&str, Pairs, Pairs)> = vec![
        (
            "/api/profile/personal",
            personal(&[("phone", "12")]),
            vec![("phone", "error-phone-invalid")],
        ),
        (
            "/api/profile/personal",
            personal(&[("phone", "0470 12 34 56")]),
            vec![("phone", "error-phone-invalid")],
        ),
        (
            "/api/profile/personal",
            personal(&[("time_zone", "Mars/Olympus")]),
            vec![("time_zone", "error-time-zone-unknown")],
        ),
        (
            "/api/profile/personal",
            personal(&[("country", "XX")]),
            vec![("country", "error-country-unknown")],
        ),
        (
            "/api/profile/personal",
            personal(&[("name", "")]),
            vec![("name", "error-required")],
        ),
        (
            "/api/profile/personal",
            personal(&[("locale", "de")]),
            vec![("locale", "error-choice-invalid")],
        ),
        (
            "/api/profile/personal",
            personal(&[("city", &long)]),
            vec![("city", "error-too-long")],
        ),
        (
            "/api/profile/experience",
            vec![
                ("title", "Dev"),
                ("company", "Acme"),
                ("start_month", "2022-05"),
                ("end_month", "2021-01"),
            ],
            vec![("end_month", "error-end-before-start")],
        ),
        (
            "/api/profile/experience",
            vec![
                ("title", ""),
                ("company", "Acme"),
                ("start_month", "2022-13"),
                ("end_month", ""),
            ],
            vec![
                ("title", "error-required"),
                ("end_month", "error-end-or-current"),
                ("start_month", "error-month-invalid"),
            ],
        ),
        (
            "/api/profile/education",
            vec![
                ("school", "UGent"),
                ("start_month", "2019-09"),
                ("end_month", "2019-08"),
            ],
            vec![("end_month", "error-end-before-start")],
        ),
        (
            "/api/profile/career",
            career(&[
                ("salary_min", "9000"),
                ("salary_max", "100"),
                ("salary_currency", "XYZ"),
                ("notice_weeks", "-1"),
            ]),
            vec![
                ("salary_max", "error-salary-range"),
                ("salary_currency", "error-currency-unknown"),
                ("notice_weeks", "error-number-invalid"),
            ],
        ),
        (
            "/api/profile/career",
            career(&[("desired_titles", &blanks), ("salary_period", "week")]),
            vec![("salary_period", "error-choice-invalid")],
        ),
        (
            "/api/profile/skills",
            vec![("skill", " ")],
            vec![("skill", "error-required")],
        ),
    ];
    for (path, pairs, expected) in cases {
        let reply = call(&app, path, Some(&cookie), &pairs).await;
        assert_eq!(reply.status, 422, "{path} {pairs:?}: {}", reply.body);
        let errors = field_errors(&reply);
        for (field, key) in expected {
            assert!(
                errors.contains(&(field.to_string(), key.to_string())),
                "{path} {pairs:?}: expected {field}={key}, got {errors:?}"
            );
        }
    }
    // Eleven distinct titles are too many.
    let many = (0..11)
        .map(|i| format!("t{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let reply = call(
        &app,
        "/api/profile/career",
        Some(&cookie),
        &career(&[("desired_titles", &many)]),
    )
    .await;
    assert_eq!(
        field_errors(&reply),
        [("desired_titles".to_string(), "error-too-many".to_string())]
    );
    // A skill twice, in another case.
    ok(&app, "/api/profile/skills", &cookie, &[("skill", "Rust")]).await;
    let reply = call(
        &app,
        "/api/profile/skills",
        Some(&cookie),
        &[("skill", "rust")],
    )
    .await;
    assert_eq!(
        field_errors(&reply),
        [("skill".to_string(), "error-skill-exists".to_string())]
    );

    let got = profile(&app, &cookie).await;
    assert_eq!(got["phone"], "");
    assert_eq!(got["experience"], serde_json::json!([]));
    assert_eq!(got["education"], serde_json::json!([]));
    assert!(got["career"]["salary_min"].is_null());
}
