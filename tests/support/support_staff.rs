//! Support tickets through the router, the staff side (P12, P20): staff
//! read a ticket only after giving a reason that is written to the audit
//! log, and replies go both ways. The pages themselves (translations,
//! plain forms) are in `support_pages.rs`. Each test runs on SQLite and on
//! PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use crate::support_fixtures::*;
use offerline::i18n::Locale;

/// P12 P20: staff see tickets listed without subject or name; the content
/// opens only after they give a reason, which writes an audit entry (who,
/// whose account as a keyed hash, why, when); that access is theirs and
/// that ticket's alone.
#[tokio::test]
async fn p12_staff_read_a_ticket_only_after_giving_a_reason() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    let (ann_id, ..) = user_row(&t, "ann@example.org").await;
    let sam = sign_up(&app, "Sam Support", "sam@example.org").await;
    make_staff(&t, "sam@example.org", "support").await;
    let (sam_id, ..) = user_row(&t, "sam@example.org").await;
    let ada = sign_up(&app, "Ada Admin", "ada@example.org").await;
    make_staff(&t, "ada@example.org", "admin").await;
    let id = open_ok(
        &app,
        &ann,
        "Lost board",
        "My board called Dream jobs vanished.",
    )
    .await;
    let other = open_ok(&app, &ann, "Second", "Another question.").await;

    let list = call(&app, "/api/admin/support/list", Some(&sam), &[]).await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains(&id));
    assert!(!list.body.contains("Lost board") && !list.body.contains("Ann"));
    let queue = page(&app, "/admin/support", &sam, Locale::En).await;
    assert_eq!(queue.status, 200);
    assert!(!queue.body.contains("Lost board"));

    // Without a reason: no content, and the page asks for one.
    for access in ["", "not-an-entry"] {
        let denied = call(
            &app,
            "/api/admin/support/ticket",
            Some(&sam),
            &[("id", &id), ("access", access)],
        )
        .await;
        assert_eq!(denied.status, 403, "{}", denied.body);
        assert!(!denied.body.contains("Dream jobs"));
    }
    let asking = page(&app, &format!("/admin/support/{id}"), &sam, Locale::En).await;
    assert!(asking.body.contains("name=\"reason\""));
    assert!(!asking.body.contains("Dream jobs"));
    let no_reason = call(
        &app,
        "/api/admin/support/open",
        Some(&sam),
        &[("id", &id), ("reason", " ")],
    )
    .await;
    assert_eq!(no_reason.status, 422);

    let granted = call(
        &app,
        "/api/admin/support/open",
        Some(&sam),
        &[("id", &id), ("reason", "Answering the ticket")],
    )
    .await;
    assert_eq!(granted.status, 200, "{}", granted.body);
    let access = json(&granted).as_str().unwrap().to_string();
    let (actor, action, subject, reason, at): (Option<String>, String, String, String, i64) =
        sqlx::query_as("SELECT actor_id, action, subject_hash, reason, created_at FROM audit_log")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(actor.as_deref(), Some(sam_id.as_str()));
    assert_eq!(action, "support.ticket_viewed");
    assert_eq!(
        subject,
        offerline::server::admin::subject_hash(&state, &ann_id)
    );
    assert!(reason.contains("Answering the ticket"));
    assert!(at > 0);

    let ticket = call(
        &app,
        "/api/admin/support/ticket",
        Some(&sam),
        &[("id", &id), ("access", &access)],
    )
    .await;
    assert_eq!(ticket.status, 200, "{}", ticket.body);
    assert!(ticket.body.contains("Dream jobs") && ticket.body.contains("Ann Dekker"));
    let shown = page(
        &app,
        &format!("/admin/support/{id}?access={access}"),
        &sam,
        Locale::En,
    )
    .await;
    assert!(shown.body.contains("My board called Dream jobs vanished."));
    // The access is not another ticket's, nor another member of staff's.
    let elsewhere = call(
        &app,
        "/api/admin/support/ticket",
        Some(&sam),
        &[("id", &other), ("access", &access)],
    )
    .await;
    assert_eq!(elsewhere.status, 403);
    let borrowed = call(
        &app,
        "/api/admin/support/ticket",
        Some(&ada),
        &[("id", &id), ("access", &access)],
    )
    .await;
    assert_eq!(borrowed.status, 403);
    // An access that is older than half an hour is over.
    sqlx::query("UPDATE audit_log SET created_at = created_at - 31 * 60 * 1000")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let expired = call(
        &app,
        "/api/admin/support/ticket",
        Some(&sam),
        &[("id", &id), ("access", &access)],
    )
    .await;
    assert_eq!(expired.status, 403);
}

/// P12: staff answer (the person is emailed, the ticket is answered), the
/// person writes back (support is emailed, the ticket is open again), and
/// both see the whole thread; staff and the owner can close it. Here the
/// support inbox is configured to get the messages themselves by email.
#[tokio::test]
async fn p12_replies_go_both_ways() {
    let t = fx_db().await;
    let state = fx_state_with(
        &t,
        &[
            ("OFFERLINE_SUPPORT_EMAIL", INBOX),
            ("OFFERLINE_SUPPORT_EMAIL_CONTENT", "full"),
        ],
    );
    let app = fx_app(state.clone());
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    let sam = sign_up(&app, "Sam Support", "sam@example.org").await;
    make_staff(&t, "sam@example.org", "support").await;
    let id = open_ok(&app, &ann, "Import", "The import refuses my file.").await;
    let granted = call(
        &app,
        "/api/admin/support/open",
        Some(&sam),
        &[("id", &id), ("reason", "Answering")],
    )
    .await;
    let access = json(&granted).as_str().unwrap().to_string();
    let answer = call(
        &app,
        "/api/admin/support/reply",
        Some(&sam),
        &[
            ("id", &id),
            ("access", &access),
            ("message", "Save it as CSV UTF-8, please."),
        ],
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let to_ann = emails_to(&t, "ann@example.org").await;
    assert_eq!(to_ann[0].0, "support_replied");
    assert!(to_ann[0].2.contains("Save it as CSV UTF-8, please."));
    assert!(
        to_ann[0]
            .2
            .contains(&format!("http://offerline.test/settings/support/{id}"))
    );
    let mine = json(&call(&app, "/api/support/ticket", Some(&ann), &[("id", &id)]).await);
    assert_eq!(mine["status"], "answered");
    assert_eq!(mine["messages"].as_array().unwrap().len(), 2);
    assert_eq!(mine["messages"][1]["author"], "staff");
    assert_eq!(mine["owner_name"], "", "the owner's view needs no name");

    let back = call(
        &app,
        "/api/support/reply",
        Some(&ann),
        &[("id", &id), ("message", "That worked, thanks!")],
    )
    .await;
    assert_eq!(back.status, 200, "{}", back.body);
    let inbox = emails_to(&t, INBOX).await;
    assert_eq!(inbox.len(), 2);
    assert!(inbox[0].1.starts_with("New reply"), "{}", inbox[0].1);
    assert!(inbox[0].2.contains("That worked, thanks!"));
    let staff_view = json(
        &call(
            &app,
            "/api/admin/support/ticket",
            Some(&sam),
            &[("id", &id), ("access", &access)],
        )
        .await,
    );
    assert_eq!(staff_view["status"], "open");
    assert_eq!(staff_view["messages"].as_array().unwrap().len(), 3);

    let closed = call(
        &app,
        "/api/admin/support/close",
        Some(&sam),
        &[("id", &id), ("access", &access)],
    )
    .await;
    assert_eq!(closed.status, 200, "{}", closed.body);
    let mine = json(&call(&app, "/api/support/ticket", Some(&ann), &[("id", &id)]).await);
    assert_eq!(mine["status"], "closed");
    let actions: Vec<(String,)> =
        sqlx::query_as("SELECT action FROM audit_log ORDER BY created_at, id")
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    let actions: Vec<&str> = actions.iter().map(|(a,)| a.as_str()).collect();
    assert_eq!(
        actions,
        [
            "support.ticket_viewed",
            "support.ticket_replied",
            "support.ticket_closed"
        ]
    );
    let second = open_ok(&app, &ann, "Other", "Never mind.").await;
    let own_close = call(&app, "/api/support/close", Some(&ann), &[("id", &second)]).await;
    assert_eq!(own_close.status, 200);
}
