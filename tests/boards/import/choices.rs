//! The choices of the mapping page beyond the columns: the order of the
//! file's numeric dates, detected from the whole column, shown with an
//! example and changed by the person; the stage each status goes to,
//! matched by meaning, shown and changed by the person; and choices the
//! form could not have sent, refused with their own message.

use super::*;
use crate::common::boards::*;
use crate::common::*;
use offerline::i18n::Locale;

/// A file from a tool that writes dates month first: `12/25/2026` can
/// only be read that way.
const AMERICAN: &str = "Job Title,Company,Status,Date Applied\n\
Rust engineer,Acme,Applied,03/04/2026\n\
Data engineer,Globex,Applied,12/25/2026\n";

/// The card titled `title`, in full.
async fn card(app: &Router, f: &Fixture, title: &str) -> serde_json::Value {
    let id = board(app, f).await["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["cards"].as_array().unwrap().clone())
        .find(|c| c["title"] == title)
        .unwrap_or_else(|| panic!("no card {title}"))["id"]
        .as_str()
        .unwrap()
        .to_string();
    ok(app, "/api/cards/get", &f.cookie, &[("id", &id)]).await
}

/// P08: the order the file's dates suggest is shown on the mapping page
/// with an example from the file; the person's choice of the other order
/// changes the preview and the dates imported (a date that can only be
/// read one way is still read that way).
#[tokio::test]
async fn p08_the_date_order_is_shown_and_the_persons_choice_is_imported() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "dates@example.org").await;
    let id = upload_id(&upload(&app, Some(&f.cookie), &f.board, AMERICAN.as_bytes()).await);

    let guessed = ok(&app, "/api/imports/preview", &f.cookie, &[("id", &id)]).await;
    assert_eq!(guessed["dates"]["detected"], "month-first");
    assert_eq!(guessed["dates"]["chosen"], "month-first");
    assert_eq!(guessed["dates"]["example"], "03/04/2026");
    assert_eq!(
        guessed["dates"]["example_read"],
        serde_json::json!([2026, 3, 4])
    );
    let page = import_page(&app, &f.cookie, &f.board, &id, "").await;
    assert_eq!(page.status, 200);
    for text in [
        "From the dates in this file, the month comes first.",
        "For example, 03/04/2026 is read as 4 March 2026.",
        r#"id="order-month-first" type="radio" name="order" value="month-first" checked"#,
        r#"<label for="order-day-first">The day comes first, as in 31/12/2026</label>"#,
    ] {
        assert!(page.body.contains(text), "{text} in {}", page.body);
    }

    let chosen = ok(
        &app,
        "/api/imports/preview",
        &f.cookie,
        &[("id", &id), ("order", "day-first")],
    )
    .await;
    assert_eq!(chosen["dates"]["detected"], "month-first");
    assert_eq!(chosen["dates"]["chosen"], "day-first");
    assert_eq!(
        chosen["dates"]["example_read"],
        serde_json::json!([2026, 4, 3])
    );
    let page = import_page(&app, &f.cookie, &f.board, &id, "&order=day-first").await;
    assert!(
        page.body.contains("03/04/2026 is read as 3 April 2026.")
            && page.body.contains(r#"value="day-first" checked"#)
            // The import form sends what was checked.
            && page.body.contains(r#"type="hidden" name="order" value="day-first""#),
        "{}",
        page.body
    );

    let map = map_pairs(&["title", "company", "stage", "applied_on"]);
    let pairs = run_pairs(&id, &f.board, &map, &[("order", "day-first")]);
    let report = ok(&app, "/api/imports/run", &f.cookie, &pairs).await;
    assert_eq!(report["imported"], 2);
    assert_eq!(
        card(&app, &f, "Rust engineer").await["applied_on"],
        "2026-04-03"
    );
    assert_eq!(
        card(&app, &f, "Data engineer").await["applied_on"],
        "2026-12-25"
    );
}

/// P08: each status of the file is listed with the stage its meaning
/// gives it (in the board's words), rows without one included; a status
/// the person sends to another stage lands there, the others where their
/// meaning put them.
#[tokio::test]
async fn p08_statuses_are_shown_with_their_stage_and_the_persons_choice_is_imported() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "statuses@example.org").await;
    let file = "Job Title,Company,Status\n\
                A,Acme,Phone screen\n\
                B,Acme,Entretien\n\
                C,Acme,phone screen\n\
                D,Acme,\n\
                E,Acme,Offer received\n";
    let id = upload_id(&upload(&app, Some(&f.cookie), &f.board, file.as_bytes()).await);
    let screening = stage(&app, &f, "Screening").await;
    let interviewing = stage(&app, &f, "Interviewing").await;
    let offer = stage(&app, &f, "Offer").await;
    let wishlist = stage(&app, &f, "Wishlist").await;

    let preview = ok(&app, "/api/imports/preview", &f.cookie, &[("id", &id)]).await;
    let listed: Vec<(String, u64, String)> = preview["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["value"].as_str().unwrap().to_string(),
                s["rows"].as_u64().unwrap(),
                s["stage_id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("Phone screen".to_string(), 2, screening.clone()),
            ("Entretien".to_string(), 1, interviewing.clone()),
            (String::new(), 1, wishlist.clone()),
            ("Offer received".to_string(), 1, offer.clone()),
        ]
    );
    assert_eq!(preview["unlisted_statuses"], 0);
    let page = import_page(&app, &f.cookie, &f.board, &id, "").await;
    for text in [
        r#"<label for="status-0">Phone screen</label>"#,
        r#"<select id="status-0" name="statuses[0][stage]">"#,
        "(No status)",
        "2 rows",
    ] {
        assert!(page.body.contains(text), "{text} in {}", page.body);
    }

    // The person sends the phone screens to the interviews.
    let choices = [
        ("statuses[0][value]", "Phone screen"),
        ("statuses[0][stage]", interviewing.as_str()),
    ];
    let mut query = vec![("id", id.as_str())];
    query.extend_from_slice(&choices);
    let chosen = ok(&app, "/api/imports/preview", &f.cookie, &query).await;
    assert_eq!(chosen["statuses"][0]["stage_id"], interviewing);
    let map = map_pairs(&["title", "company", "stage"]);
    let report = ok(
        &app,
        "/api/imports/run",
        &f.cookie,
        &run_pairs(&id, &f.board, &map, &choices),
    )
    .await;
    assert_eq!(report["imported"], 5);
    let cols = columns(&app, &f).await;
    let in_stage = |name: &str| cols.iter().find(|(s, _)| s == name).unwrap().1.clone();
    assert_eq!(in_stage("Interviewing"), ["A", "B", "C"]);
    assert_eq!(in_stage("Screening"), Vec::<String>::new());
    assert_eq!(in_stage("Offer"), ["E"]);
    assert_eq!(in_stage("Wishlist"), ["D"]);
}

/// Choices sent, the field refused and its message.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);

/// P08, P20: a choice the form could not have sent (an order that is
/// neither, a stage that is not on the board, another person's among
/// them) is refused with its own translated message, never a server
/// error, and nothing is imported; the page shows that message and the
/// guesses again, and a plain form sent with it comes back to the page.
#[tokio::test]
async fn p08_a_malformed_choice_is_refused_with_its_own_message() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let f = fx_board(&app, "malformed@example.org").await;
    let stranger = fx_board(&app, "stranger@example.org").await;
    let theirs = stage(&app, &stranger, "Offer").await;
    let id = upload_id(&upload(&app, Some(&f.cookie), &f.board, AMERICAN.as_bytes()).await);
    let map = map_pairs(&["title", "company", "stage", "applied_on"]);
    let cases: [Case; 3] = [
        (
            &[("order", "year-first")],
            "order",
            "error-import-date-order",
        ),
        (
            &[
                ("statuses[0][value]", "Applied"),
                ("statuses[0][stage]", "no-such-stage"),
            ],
            "statuses",
            "error-import-stage-unknown",
        ),
        (
            &[
                ("statuses[0][value]", "Applied"),
                ("statuses[0][stage]", theirs.as_str()),
            ],
            "statuses",
            "error-import-stage-unknown",
        ),
    ];
    for (more, field, key) in cases {
        for path in ["/api/imports/preview", "/api/imports/run"] {
            let reply = call(
                &app,
                path,
                Some(&f.cookie),
                &run_pairs(&id, &f.board, &map, more),
            )
            .await;
            assert_eq!(reply.status, 422, "{path} {more:?}: {}", reply.body);
            let error: offerline::error::AppError = serde_json::from_str(&reply.body).unwrap();
            assert_eq!(error.for_field(field), Some(key), "{path} {more:?}");
            for locale in [Locale::En, Locale::Nl, Locale::Fr] {
                let text = error.field_error(field).unwrap().text(locale);
                assert!(
                    !text.is_empty() && !text.contains(key),
                    "{locale:?}: {text}"
                );
            }
        }
    }
    assert!(
        columns(&app, &f)
            .await
            .iter()
            .all(|(_, cards)| cards.is_empty())
    );

    // The page: the message, over the guesses.
    let query = "&statuses%5B0%5D%5Bvalue%5D=Applied&statuses%5B0%5D%5Bstage%5D=gone";
    let page = import_page(&app, &f.cookie, &f.board, &id, query).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("A stage chosen for a status is not on this board")
            && page.body.contains("Goes to"),
        "{}",
        page.body
    );

    // A plain form sent with it goes back to the page, which says why.
    let mut body = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in run_pairs(&id, &f.board, &map, &[("order", "sideways")]) {
        body.append_pair(k, v);
    }
    let back = send(
        &app,
        post_form("/api/imports/run")
            .header("accept", "text/html")
            .header("origin", "http://offerline.test")
            .header(
                "referer",
                format!(
                    "http://offerline.test/boards/{}/import?upload={id}",
                    f.board
                ),
            )
            .header("cookie", &f.cookie)
            .body(Body::from(body.finish()))
            .unwrap(),
    )
    .await;
    assert_eq!(back.status, 302, "{}", back.body);
    let location = back.headers["location"].to_str().unwrap().to_string();
    assert!(location.contains("__err="), "{location}");
    let page = send(
        &app,
        get(location.trim_start_matches("http://offerline.test"))
            .header("accept", "text/html")
            .header("cookie", &f.cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(
        page.body
            .contains("Choose whether the day or the month comes first in the dates."),
        "{}",
        page.body
    );
}
