//! Support tickets through the router, the person's side (P12): the
//! contact form stores a ticket and emails it to the support inbox, only
//! its owner sees it (P20), and opening tickets is rate-limited. The staff
//! side is in `support_staff.rs`. Each test runs on SQLite and on
//! PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use crate::support_fixtures::*;
use offerline::i18n::Locale;

/// P12: the contact form in settings stores a ticket with its message and
/// tells the configured support address, with the ticket's reference and
/// link but not its message (reading that in the app is audited); the
/// copy in the outbox belongs to the person, so erasing them removes it.
#[tokio::test]
async fn p12_a_ticket_is_stored_and_emailed_to_the_support_inbox() {
    let t = fx_db().await;
    let state = fx_state_with(&t, &[("OFFERLINE_SUPPORT_EMAIL", INBOX)]);
    let app = fx_app(state.clone());
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    let (ann_id, ..) = user_row(&t, "ann@example.org").await;
    let form = page(&app, "/settings/support", &ann, Locale::En).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("name=\"subject\"") && form.body.contains("name=\"message\""));

    let id = open_ok(&app, &ann, "Export question", "Where is my CSV export?").await;
    let (owner, subject, status): (String, String, String) =
        sqlx::query_as("SELECT user_id, subject, status FROM support_tickets WHERE id = $1")
            .bind(&id)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(
        (owner.as_str(), subject.as_str(), status.as_str()),
        (ann_id.as_str(), "Export question", "open")
    );
    let mails = emails_to(&t, INBOX).await;
    assert_eq!(mails.len(), 1);
    let (kind, mail_subject, text) = &mails[0];
    assert_eq!(kind, "support_message");
    assert!(mail_subject.contains(&offerline::model::support::reference(&id)));
    assert!(!text.contains("Export question") && !text.contains("Where is my CSV export?"));
    assert!(text.contains("The message stays in Offerline"), "{text}");
    assert!(text.contains(&format!("http://offerline.test/admin/support/{id}")));
    let (mail_owner,): (Option<String>,) =
        sqlx::query_as("SELECT user_id FROM outbox WHERE to_address = $1")
            .bind(INBOX)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(mail_owner.as_deref(), Some(ann_id.as_str()));

    // The owner sees it listed, and its page.
    let mine = call(&app, "/api/support/mine", Some(&ann), &[]).await;
    assert!(mine.body.contains("Export question"));
    let ticket = page(
        &app,
        &format!("/settings/support/{id}?notice=ticket-sent"),
        &ann,
        Locale::En,
    )
    .await;
    assert_eq!(ticket.status, 200);
    assert!(ticket.body.contains("Where is my CSV export?"));
    assert!(ticket.body.contains("Your message is sent to support."));
}

/// P12: without a support address, tickets are stored for staff and no
/// email goes anywhere; empty or overlong fields are refused by name.
#[tokio::test]
async fn p12_without_an_inbox_tickets_are_stored_and_fields_are_checked() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let bo = sign_up(&app, "Bo Berg", "bo@example.org").await;
    let empty = open(&app, &bo, "  ", "").await;
    assert_eq!(empty.status, 422);
    let err: offerline::error::AppError = serde_json::from_str(&empty.body).unwrap();
    assert_eq!(err.for_field("subject"), Some("error-required"));
    assert_eq!(err.for_field("message"), Some("error-required"));
    let long = open(&app, &bo, &"x".repeat(201), "fine").await;
    assert!(long.body.contains("error-too-long"));
    open_ok(&app, &bo, "Hello", "Just saying hi.").await;
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM support_messages")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
    let (mails,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE kind = 'support_message'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(mails, 0);
}

/// P12 P20: a ticket is listed for its owner only; to anyone else it does
/// not exist, whatever they try.
#[tokio::test]
async fn p12_tickets_are_for_their_owner_only() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    let eve = sign_up(&app, "Eve Other", "eve@example.org").await;
    let id = open_ok(&app, &ann, "Private matter", "Something personal.").await;
    let listed = call(&app, "/api/support/mine", Some(&eve), &[]).await;
    assert_eq!(listed.body, "[]");
    for (path, fields) in [
        ("/api/support/ticket", vec![("id", id.as_str())]),
        (
            "/api/support/reply",
            vec![("id", id.as_str()), ("message", "hi")],
        ),
        ("/api/support/close", vec![("id", id.as_str())]),
    ] {
        let reply = call(&app, path, Some(&eve), &fields).await;
        assert_eq!(reply.status, 404, "{path}: {}", reply.body);
        assert!(!reply.body.contains("Something personal."));
    }
    let page = page(&app, &format!("/settings/support/{id}"), &eve, Locale::En).await;
    assert!(!page.body.contains("Something personal.") && !page.body.contains("Private matter"));
    // Staff endpoints do not exist for users, and visitors must sign in.
    let as_user = call(&app, "/api/admin/support/list", Some(&eve), &[]).await;
    assert_eq!(as_user.status, 404);
    let reason = [("id", id.as_str()), ("reason", "curious")];
    assert_eq!(
        call(&app, "/api/admin/support/open", Some(&eve), &reason)
            .await
            .status,
        404
    );
    assert_eq!(call(&app, "/api/support/mine", None, &[]).await.status, 401);
    let (audits,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(audits, 0);
}

/// P12 P14: one account opens at most five tickets an hour.
#[tokio::test]
async fn p12_opening_tickets_is_rate_limited() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    for n in 0..5 {
        open_ok(&app, &ann, &format!("Question {n}"), "Text.").await;
    }
    let limited = open(&app, &ann, "One more", "Text.").await;
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert!(limited.headers.contains_key("retry-after"));
    // Someone else is not held back.
    let bo = sign_up(&app, "Bo Berg", "bo@example.org").await;
    open_ok(&app, &bo, "Mine", "Text.").await;
}
