//! The profile end to end through the router (P02, P24): every field set,
//! read back and corrected. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::profile::*;
use crate::common::*;

/// P02 P24: a user fills in every profile field, reads it back, then
/// corrects every one of them and reads the corrections back.
#[tokio::test]
async fn p02_p24_every_profile_field_is_set_read_back_and_corrected() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Ana", "ana@example.org").await;
    let empty = profile(&app, &cookie).await;
    assert_eq!(empty["name"], "Ana");
    assert_eq!(empty["email"], "ana@example.org");
    assert_eq!(empty["phone"], "");

    // Set everything.
    let p = personal(&[
        ("name", "Ana Lima"),
        ("phone", "0470 12 34 56"),
        ("city", "Gent"),
        ("region", "Oost-Vlaanderen"),
        ("country", "be"),
        ("time_zone", "Europe/Brussels"),
        ("locale", "nl"),
    ]);
    ok(&app, "/api/profile/personal", &cookie, &p).await;
    let c = career(&[
        ("desired_titles", "Backend engineer, SRE"),
        ("desired_locations", "Gent\nBrussel"),
        ("mode_remote", "on"),
        ("mode_hybrid", "on"),
        ("type_full_time", "on"),
        ("type_freelance", "on"),
        ("salary_min", "50000"),
        ("salary_max", "65000"),
        ("salary_currency", "EUR"),
        ("salary_period", "year"),
        ("notice_weeks", "4"),
    ]);
    ok(&app, "/api/profile/career", &cookie, &c).await;
    let job = [
        ("title", "Developer"),
        ("company", "Acme"),
        ("start_month", "2020-01"),
        ("end_month", "2022-06"),
        ("description", "Built things."),
    ];
    ok(&app, "/api/profile/experience", &cookie, &job).await;
    let school = [
        ("school", "UGent"),
        ("degree", "MSc"),
        ("field", "Computer science"),
        ("start_month", "2015-09"),
        ("end_month", "2019-06"),
    ];
    ok(&app, "/api/profile/education", &cookie, &school).await;
    ok(&app, "/api/profile/skills", &cookie, &[("skill", "Rust")]).await;
    ok(&app, "/api/profile/skills", &cookie, &[("skill", "SQL")]).await;

    let got = profile(&app, &cookie).await;
    assert_eq!(got["name"], "Ana Lima");
    assert_eq!(got["phone"], "+32470123456");
    assert_eq!(got["city"], "Gent");
    assert_eq!(got["region"], "Oost-Vlaanderen");
    assert_eq!(got["country"], "BE");
    assert_eq!(got["time_zone"], "Europe/Brussels");
    assert_eq!(got["locale"], "nl");
    let car = &got["career"];
    assert_eq!(
        car["desired_titles"],
        serde_json::json!(["Backend engineer", "SRE"])
    );
    assert_eq!(
        car["desired_locations"],
        serde_json::json!(["Gent", "Brussel"])
    );
    assert_eq!(car["work_modes"], serde_json::json!(["remote", "hybrid"]));
    assert_eq!(
        car["job_types"],
        serde_json::json!(["full-time", "freelance"])
    );
    assert_eq!(car["salary_min"], 50000);
    assert_eq!(car["salary_max"], 65000);
    assert_eq!(car["salary_currency"], "EUR");
    assert_eq!(car["salary_period"], "year");
    assert_eq!(car["notice_weeks"], 4);
    let exp = &got["experience"][0];
    assert_eq!(
        (
            &exp["title"],
            &exp["company"],
            &exp["start_month"],
            &exp["end_month"],
            &exp["description"]
        ),
        (
            &"Developer".into(),
            &"Acme".into(),
            &"2020-01".into(),
            &"2022-06".into(),
            &"Built things.".into()
        )
    );
    let edu = &got["education"][0];
    assert_eq!(edu["school"], "UGent");
    assert_eq!(edu["degree"], "MSc");
    assert_eq!(edu["field"], "Computer science");
    assert_eq!(edu["end_month"], "2019-06");
    let skills: Vec<&str> = got["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(skills, ["Rust", "SQL"]);
    assert_eq!(me(&app, &cookie).await["name"], "Ana Lima");

    // Correct everything.
    let exp_id = exp["id"].as_str().unwrap().to_string();
    let edu_id = edu["id"].as_str().unwrap().to_string();
    let sql_id = got["skills"][1]["id"].as_str().unwrap().to_string();
    let p = personal(&[
        ("name", "Ana Lima-Peeters"),
        ("phone", "06 12345678"),
        ("city", "Utrecht"),
        ("region", "Utrecht"),
        ("country", "NL"),
        ("time_zone", "Europe/Amsterdam"),
        ("locale", "fr"),
    ]);
    ok(&app, "/api/profile/personal", &cookie, &p).await;
    let c = career(&[
        ("desired_titles", "Staff engineer"),
        ("mode_on_site", "on"),
        ("type_contract", "on"),
        ("type_part_time", "on"),
        ("type_internship", "on"),
        ("salary_min", "400"),
        ("salary_max", "600"),
        ("salary_currency", "usd"),
        ("salary_period", "day"),
        ("notice_weeks", "0"),
    ]);
    ok(&app, "/api/profile/career", &cookie, &c).await;
    ok(
        &app,
        "/api/profile/experience",
        &cookie,
        &[
            ("id", &exp_id),
            ("title", "Senior developer"),
            ("company", "Acme NV"),
            ("start_month", "2019-11"),
            ("current", "on"),
            ("description", ""),
        ],
    )
    .await;
    ok(
        &app,
        "/api/profile/education",
        &cookie,
        &[
            ("id", &edu_id),
            ("school", "KU Leuven"),
            ("degree", "BSc"),
            ("field", "Mathematics"),
            ("start_month", "2014-09"),
            ("end_month", ""),
        ],
    )
    .await;
    ok(
        &app,
        "/api/profile/skills/delete",
        &cookie,
        &[("id", &sql_id)],
    )
    .await;
    ok(
        &app,
        "/api/profile/skills",
        &cookie,
        &[("skill", "PostgreSQL")],
    )
    .await;

    let got = profile(&app, &cookie).await;
    assert_eq!(got["name"], "Ana Lima-Peeters");
    assert_eq!(got["phone"], "+31612345678");
    assert_eq!(got["city"], "Utrecht");
    assert_eq!(got["country"], "NL");
    assert_eq!(got["time_zone"], "Europe/Amsterdam");
    assert_eq!(got["locale"], "fr");
    let car = &got["career"];
    assert_eq!(car["desired_titles"], serde_json::json!(["Staff engineer"]));
    assert_eq!(car["desired_locations"], serde_json::json!([]));
    assert_eq!(car["work_modes"], serde_json::json!(["on-site"]));
    assert_eq!(
        car["job_types"],
        serde_json::json!(["part-time", "contract", "internship"])
    );
    assert_eq!(car["salary_currency"], "USD");
    assert_eq!(car["salary_period"], "day");
    assert_eq!(car["notice_weeks"], 0);
    let exp = &got["experience"][0];
    assert_eq!(exp["id"], exp_id.as_str());
    assert_eq!(exp["title"], "Senior developer");
    assert_eq!(exp["company"], "Acme NV");
    assert_eq!(exp["start_month"], "2019-11");
    assert!(exp["end_month"].is_null());
    assert_eq!(exp["description"], "");
    let edu = &got["education"][0];
    assert_eq!(edu["school"], "KU Leuven");
    assert!(edu["end_month"].is_null());
    let skills: Vec<&str> = got["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(skills, ["PostgreSQL", "Rust"]);

    // Clearing optional fields is a correction too.
    ok(&app, "/api/profile/personal", &cookie, &personal(&[])).await;
    ok(&app, "/api/profile/career", &cookie, &career(&[])).await;
    let got = profile(&app, &cookie).await;
    for field in ["phone", "city", "region", "country", "time_zone", "locale"] {
        assert_eq!(got[field], "", "{field}");
    }
    assert!(got["career"]["salary_min"].is_null());
    assert_eq!(got["career"]["work_modes"], serde_json::json!([]));
}
