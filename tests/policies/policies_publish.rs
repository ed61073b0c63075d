//! Publishing a policy version through the router (P31): an administrator
//! publishes, every user is emailed and sees an in-app notice until they
//! acknowledge it, sign-up records the version in force, and the forms
//! work without JavaScript. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::policies::version;
use crate::common::*;
use axum::body::Body;
use offerline::i18n::Locale;
use offerline::server::policies::{self, Publish};
use offerline::server::scope::Scope;
use offerline::server::state::AppState;

async fn page(app: &axum::Router, path: &str, cookie: Option<&str>, locale: Locale) -> Reply {
    page_in(app, path, cookie, locale).await
}

async fn publish_as(app: &axum::Router, cookie: &str, fields: &[(&str, &str)]) -> Reply {
    call(app, "/api/admin/policies/publish", Some(cookie), fields).await
}

/// P31: an administrator publishes a version; every user is emailed about
/// it once, in their language, and sees the notice in the app until they
/// acknowledge it. Support staff and users cannot publish.
#[tokio::test]
async fn p31_publishing_notifies_every_user_by_email_and_in_app() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let admin = sign_up(&app, "Ada Admin", "ada@example.org").await;
    make_staff(&t, "ada@example.org", "admin").await;
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    sqlx::query("UPDATE users SET locale = 'nl' WHERE email = 'ann@example.org'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let bob = sign_up(&app, "Bob Martin", "bob@example.org").await;
    let support = sign_up(&app, "Sam Support", "sam@example.org").await;
    make_staff(&t, "sam@example.org", "support").await;

    // Nobody is told about the version they accepted at sign-up.
    let none = call(&app, "/api/policies/notice", Some(&bob), &[]).await;
    assert_eq!(none.body, "null");

    let fields = [
        ("version", "2026-12-01"),
        ("effective", "2026-12-01"),
        ("summary_en", "We now describe support tickets."),
        ("summary_nl", "We beschrijven nu supporttickets."),
        ("summary_fr", ""),
    ];
    for outsider in [&bob, &support] {
        assert_eq!(publish_as(&app, outsider, &fields).await.status, 404);
    }
    let page_for_support = page(&app, "/admin/policies", Some(&support), Locale::En).await;
    assert_eq!(page_for_support.status, 404);
    let done = publish_as(&app, &admin, &fields).await;
    assert_eq!(done.status, 200, "{}", done.body);
    run_jobs(&state).await;
    run_jobs(&state).await;

    for (email, text) in [
        ("ann@example.org", "We beschrijven nu supporttickets."),
        ("bob@example.org", "We now describe support tickets."),
        ("sam@example.org", "We now describe support tickets."),
        ("ada@example.org", "We now describe support tickets."),
    ] {
        let mails: Vec<_> = emails_to(&t, email)
            .await
            .into_iter()
            .filter(|(kind, ..)| kind == "policy_updated")
            .collect();
        assert_eq!(mails.len(), 1, "{email} is emailed once");
        assert!(mails[0].2.contains(text), "{email}: {}", mails[0].2);
        assert!(mails[0].2.contains("2026-12-01"));
        assert!(mails[0].2.contains("http://offerline.test/privacy"));
    }
    let ann_mail = &emails_to(&t, "ann@example.org").await[0];
    assert!(ann_mail.1.contains("privacybeleid"), "{}", ann_mail.1);

    // The in-app notice, until acknowledged.
    let notice = call(&app, "/api/policies/notice", Some(&bob), &[]).await;
    assert!(
        notice.body.contains("\"version\":\"2026-12-01\""),
        "{}",
        notice.body
    );
    let home = page(&app, "/boards", Some(&bob), Locale::En).await;
    assert!(home.body.contains("policy-notice"));
    assert!(home.body.contains("We now describe support tickets."));
    let dutch = page(&app, "/boards", Some(&ann), Locale::Nl).await;
    assert!(dutch.body.contains("We beschrijven nu supporttickets."));
    let unknown = call(
        &app,
        "/api/policies/acknowledge",
        Some(&bob),
        &[("version", "1999-01-01")],
    )
    .await;
    assert_eq!(unknown.status, 404);
    let ack = call(
        &app,
        "/api/policies/acknowledge",
        Some(&bob),
        &[("version", "2026-12-01")],
    )
    .await;
    assert_eq!(ack.status, 200, "{}", ack.body);
    assert_eq!(
        call(&app, "/api/policies/notice", Some(&bob), &[])
            .await
            .body,
        "null"
    );
    let after = page(&app, "/boards", Some(&bob), Locale::En).await;
    assert!(!after.body.contains("policy-notice"));
    // Others still see theirs.
    let still = call(&app, "/api/policies/notice", Some(&ann), &[]).await;
    assert!(still.body.contains("2026-12-01"));

    // The administrators' page counts who was told.
    let list = call(&app, "/api/admin/policies/list", Some(&admin), &[]).await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("\"notified\":4"), "{}", list.body);
}

/// P31: a plain form post of "Got it" goes back to the page it came from.
#[tokio::test]
async fn p31_the_notice_works_without_javascript() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cleo = sign_up(&app, "Cleo Park", "cleo@example.org").await;
    policies::publish(
        &state,
        &Scope::System,
        version("v2", "2026-12-01", "Second."),
    )
    .await
    .unwrap();
    let form = post_form("/api/policies/acknowledge")
        .header("origin", "http://offerline.test")
        .header("accept", "text/html")
        .header("referer", "http://offerline.test/boards")
        .header("cookie", &cleo)
        .body(Body::from("version=v2&return_to=%2Fboards"))
        .unwrap();
    let reply = send(&app, form).await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    assert_eq!(reply.headers["location"], "/boards");
    assert_eq!(
        call(&app, "/api/policies/notice", Some(&cleo), &[])
            .await
            .body,
        "null"
    );
}

/// P31: sign-up records the version in force, and a person who signed up
/// under it sees no notice about it.
#[tokio::test]
async fn p31_sign_up_records_the_version_in_force() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    sign_up(&app, "Early Bird", "early@example.org").await;
    let (.., policy) = user_row(&t, "early@example.org").await;
    assert_eq!(policy.as_deref(), Some("2026-11-23"));
    policies::publish(
        &state,
        &Scope::System,
        version("2026-12-01", "2026-12-01", "New."),
    )
    .await
    .unwrap();
    let late = sign_up(&app, "Late Comer", "late@example.org").await;
    let (.., policy) = user_row(&t, "late@example.org").await;
    assert_eq!(policy.as_deref(), Some("2026-12-01"));
    assert_eq!(
        call(&app, "/api/policies/notice", Some(&late), &[])
            .await
            .body,
        "null"
    );
    run_jobs(&state).await;
    assert!(
        emails_to(&t, "late@example.org")
            .await
            .iter()
            .all(|(kind, ..)| kind != "policy_updated"),
        "who accepted the version is not emailed about it"
    );
    assert_eq!(
        emails_to(&t, "early@example.org").await[0].0,
        "policy_updated"
    );
}

/// P31: a version needs a valid name, day and English summary, a name not
/// yet used, and cannot take effect before the newest version.
#[tokio::test]
async fn p31_publishing_checks_the_version() {
    let t = fx_db().await;
    let state: AppState = fx_state(&t);
    let check = |p: Publish| {
        let state = state.clone();
        async move {
            policies::publish(&state, &Scope::System, p)
                .await
                .unwrap_err()
        }
    };
    let bad = check(Publish {
        version: "v 2".into(),
        effective: "2026-13-01".into(),
        ..Publish::default()
    })
    .await;
    for (field, key) in [
        ("version", "error-policy-version"),
        ("effective", "error-policy-effective"),
        ("summary_en", "error-required"),
    ] {
        assert_eq!(bad.for_field(field), Some(key), "{bad:?}");
    }
    let older = check(version("old", "2026-01-01", "Older.")).await;
    assert_eq!(
        older.for_field("effective"),
        Some("error-policy-effective-order")
    );
    let taken = check(version("2026-11-23", "2026-12-01", "Again.")).await;
    assert_eq!(
        taken.for_field("version"),
        Some("error-policy-version-taken")
    );
}

/// P31: an account made without a sign-up (command line, demo data) never
/// accepted a version: it gets no notice of the first one, but does of any
/// version published since.
#[tokio::test]
async fn p31_accounts_made_without_sign_up_are_told_only_of_changes() {
    use offerline::server::scope::{Role, UserScope};
    let t = fx_db().await;
    let state = fx_state(&t);
    sqlx::query(
        "INSERT INTO users (id, email, name, created_at, updated_at) \
         VALUES ('u-cli', 'cli@example.org', 'Cli', 0, 0)",
    )
    .execute(&t.db.pool)
    .await
    .unwrap();
    let scope = Scope::User(UserScope::new("u-cli", Role::Admin));
    let first = policies::pending_notice(&state, &scope, Locale::En)
        .await
        .unwrap();
    assert_eq!(first, None);
    policies::publish(
        &state,
        &Scope::System,
        version("v2", "2026-12-01", "Second."),
    )
    .await
    .unwrap();
    let second = policies::pending_notice(&state, &scope, Locale::En)
        .await
        .unwrap();
    assert_eq!(second.map(|c| c.version).as_deref(), Some("v2"));
}

/// P31: the publishing form works as a plain form post.
#[tokio::test]
async fn p31_publishing_works_without_javascript() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ada = sign_up(&app, "Ada Admin", "ada@example.org").await;
    make_staff(&t, "ada@example.org", "admin").await;
    let form = post_form("/api/admin/policies/publish")
        .header("origin", "http://offerline.test")
        .header("accept", "text/html")
        .header("referer", "http://offerline.test/admin/policies")
        .header("cookie", &ada)
        .body(Body::from(
            "version=v2&effective=2026-12-01&summary_en=Second.&summary_nl=&summary_fr=",
        ))
        .unwrap();
    let reply = send(&app, form).await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    assert_eq!(
        reply.headers["location"],
        "/admin/policies?notice=policy-published"
    );
    let page = page(
        &app,
        "/admin/policies?notice=policy-published",
        Some(&ada),
        Locale::En,
    )
    .await;
    assert!(page.body.contains("The new version is published."));
    assert!(page.body.contains("Second."));
}
