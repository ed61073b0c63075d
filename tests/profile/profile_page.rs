//! What the profile shows in pages (P02, P24): its language is the
//! interface language, and the server-rendered page shows every saved
//! value. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::profile::*;
use crate::common::*;

/// P02: the language saved in the profile is the interface language of
/// the signed-in user, over the cookie; the footer switcher saves to it.
#[tokio::test]
async fn p02_profile_language_wins_for_signed_in_users() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Ana", "ana@example.org").await;
    let page = |extra: &'static str| {
        let cookie = format!("{cookie}; offerline_locale={extra}");
        let app = app.clone();
        async move {
            send(
                &app,
                get("/settings/profile")
                    .header("accept", "text/html")
                    .header("cookie", cookie)
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await
        }
    };
    assert!(page("nl").await.body.contains("lang=\"nl\""));
    ok(
        &app,
        "/api/profile/personal",
        &cookie,
        &personal(&[("locale", "fr")]),
    )
    .await;
    assert!(page("nl").await.body.contains("lang=\"fr\""));
    ok(&app, "/api/prefs/locale", &cookie, &[("locale", "nl")]).await;
    assert_eq!(profile(&app, &cookie).await["locale"], "nl");
    assert!(page("en").await.body.contains("lang=\"nl\""));
}

/// P24: the profile page, rendered on the server (so also without
/// JavaScript), shows every saved value in its form for correction.
#[tokio::test]
async fn p24_the_profile_page_shows_every_saved_value() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Ana Lima", "ana@example.org").await;
    let p = personal(&[
        ("phone", "+32 470 12 34 56"),
        ("city", "Gent"),
        ("region", "Oost-Vlaanderen"),
        ("country", "BE"),
        ("time_zone", "Europe/Brussels"),
    ]);
    ok(&app, "/api/profile/personal", &cookie, &p).await;
    let c = career(&[
        ("desired_titles", "Backend engineer"),
        ("mode_remote", "on"),
        ("salary_currency", "EUR"),
        ("notice_weeks", "6"),
    ]);
    ok(&app, "/api/profile/career", &cookie, &c).await;
    let job = [
        ("title", "Developer"),
        ("company", "Acme"),
        ("start_month", "2020-01"),
        ("current", "on"),
        ("description", "Built <things> & </textarea> too."),
    ];
    ok(&app, "/api/profile/experience", &cookie, &job).await;
    let school = [("school", "UGent"), ("start_month", "2015-09")];
    ok(&app, "/api/profile/education", &cookie, &school).await;
    ok(&app, "/api/profile/skills", &cookie, &[("skill", "Rust")]).await;
    ok(
        &app,
        "/api/profile/skills",
        &cookie,
        &[("skill", "<b>C</b>")],
    )
    .await;
    let page = send(
        &app,
        get("/settings/profile")
            .header("accept", "text/html")
            .header("cookie", cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, 200);
    let html = page.body;
    for needle in [
        "value=\"Ana Lima\"",
        "ana@example.org",
        "value=\"+32470123456\"",
        "value=\"Gent\"",
        "value=\"Oost-Vlaanderen\"",
        "<option value=\"BE\" selected",
        "value=\"Europe/Brussels\"",
        "<option value=\"Europe/Amsterdam\"",
        "value=\"Backend engineer\"",
        "name=\"mode_remote\" type=\"checkbox\" checked",
        "<option value=\"EUR\" selected",
        "value=\"6\"",
        "value=\"Developer\"",
        "value=\"Acme\"",
        "Built &lt;things&gt; &amp; &lt;/textarea&gt; too.</textarea>",
        "value=\"UGent\"",
        "Rust",
        "&lt;b&gt;C&lt;/b&gt;",
        "action=\"/api/profile/skills/delete\"",
        "action=\"/api/profile/experience/delete\"",
        "action=\"/api/profile/education/delete\"",
    ] {
        if !html.contains(needle) {
            let _ = std::fs::write("/tmp/profile-page.html", &html);
        }
        assert!(html.contains(needle), "the page lacks {needle:?}");
    }
    // Every input of the page has a label (or is hidden).
    let labels = html.matches("<label for=").count();
    let inputs = html.matches("<input").count() - html.matches("type=\"hidden\"").count();
    let selects = html.matches("<select").count();
    let areas = html.matches("<textarea").count();
    assert!(
        labels >= inputs + selects + areas,
        "{labels} labels for {inputs} inputs, {selects} selects, {areas} text areas"
    );
}
