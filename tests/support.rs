//! Support tickets through the router (P12): the contact form stores a
//! ticket and emails it to the support inbox, only its owner sees it
//! (P20), staff read it only after giving a reason that is written to the
//! audit log, replies go both ways, and opening tickets is rate-limited.
//! Each test runs on SQLite and on PostgreSQL.

mod common;

use axum::body::Body;
use common::account::*;
use common::*;
use offerline::i18n::{Locale, MISSING_MARKER};

const INBOX: &str = "help@offerline.test";

async fn make_staff(t: &TestDb, email: &str, role: &str) {
    sqlx::query("UPDATE users SET role = $1 WHERE email = $2")
        .bind(role)
        .bind(email)
        .execute(&t.db.pool)
        .await
        .unwrap();
}

fn json(reply: &Reply) -> serde_json::Value {
    serde_json::from_str(&reply.body).unwrap_or_else(|_| panic!("JSON: {}", reply.body))
}

async fn open(app: &axum::Router, cookie: &str, subject: &str, message: &str) -> Reply {
    call(
        app,
        "/api/support/open",
        Some(cookie),
        &[("subject", subject), ("message", message)],
    )
    .await
}

async fn open_ok(app: &axum::Router, cookie: &str, subject: &str, message: &str) -> String {
    let reply = open(app, cookie, subject, message).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    json(&reply).as_str().unwrap().to_string()
}

async fn page(app: &axum::Router, path: &str, cookie: &str, locale: Locale) -> Reply {
    send(
        app,
        get(path)
            .header("accept", "text/html")
            .header(
                "cookie",
                format!("offerline_locale={}; {cookie}", locale.tag()),
            )
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

/// P12: the contact form in settings stores a ticket with its message and
/// emails it to the configured support address; the copy in the outbox
/// belongs to the person, so erasing them removes it.
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
    let mails = emails_to(&t.db, INBOX).await;
    assert_eq!(mails.len(), 1);
    let (kind, mail_subject, text) = &mails[0];
    assert_eq!(kind, "support_message");
    assert!(mail_subject.contains(&offerline::model::support::reference(&id)));
    assert!(text.contains("Export question") && text.contains("Where is my CSV export?"));
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
/// both see the whole thread; staff and the owner can close it.
#[tokio::test]
async fn p12_replies_go_both_ways() {
    let t = fx_db().await;
    let state = fx_state_with(&t, &[("OFFERLINE_SUPPORT_EMAIL", INBOX)]);
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
    let to_ann = emails_to(&t.db, "ann@example.org").await;
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
    let inbox = emails_to(&t.db, INBOX).await;
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

/// P12: the support pages, the person's and staff's, show no missing text
/// or raw placeholder in any language.
#[tokio::test]
async fn p12_support_pages_are_translated() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    let ada = sign_up(&app, "Ada Admin", "ada@example.org").await;
    make_staff(&t, "ada@example.org", "admin").await;
    let id = open_ok(&app, &ann, "Thread", "A message.").await;
    let granted = call(
        &app,
        "/api/admin/support/open",
        Some(&ada),
        &[("id", &id), ("reason", "Answering")],
    )
    .await;
    let access = json(&granted).as_str().unwrap().to_string();
    let own = [
        "/settings/support".to_string(),
        format!("/settings/support/{id}?notice=reply-sent"),
    ];
    let staff = [
        "/admin".to_string(),
        "/admin/support".to_string(),
        format!("/admin/support/{id}"),
        format!("/admin/support/{id}?access={access}&notice=ticket-closed"),
        "/admin/policies?notice=policy-published".to_string(),
    ];
    for locale in Locale::ALL {
        for (path, cookie) in own
            .iter()
            .map(|p| (p, &ann))
            .chain(staff.iter().map(|p| (p, &ada)))
        {
            let reply = page(&app, path, cookie, locale).await;
            assert_eq!(reply.status, 200, "{path}");
            for bad in [MISSING_MARKER, "{ $", "{$", "{{", "%{"] {
                assert!(
                    !reply.body.contains(bad),
                    "{path} in {locale:?} contains {bad:?}"
                );
            }
        }
    }
}

fn plain_post(path: &str, cookie: &str, referer: &str, body: &str) -> http::Request<Body> {
    post_form(path)
        .header("origin", "http://offerline.test")
        .header("accept", "text/html")
        .header("referer", format!("http://offerline.test{referer}"))
        .header("cookie", cookie)
        .body(Body::from(body.to_string()))
        .unwrap()
}

/// P12: without JavaScript, the contact form, the reason asked of staff
/// and the replies are plain form posts answered by a redirect to the
/// page that shows the result.
#[tokio::test]
async fn p12_the_forms_work_without_javascript() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    let sam = sign_up(&app, "Sam Support", "sam@example.org").await;
    make_staff(&t, "sam@example.org", "support").await;
    // A refused post comes back to the form with what was typed and the
    // error at its field.
    let refused = send(
        &app,
        plain_post(
            "/api/support/open",
            &ann,
            "/settings/support",
            &format!(
                "subject=Kept+%3Cb%3E{}&message=Typed+words",
                "x".repeat(200)
            ),
        ),
    )
    .await;
    assert_eq!(refused.status, 302);
    let back = refused.headers["location"].to_str().unwrap().to_string();
    assert!(
        back.starts_with("http://offerline.test/settings/support?subject="),
        "{back}"
    );
    let form = page(
        &app,
        back.trim_start_matches("http://offerline.test"),
        &ann,
        Locale::En,
    )
    .await;
    let kept = format!("value=\"Kept &lt;b&gt;{}\"", "x".repeat(200));
    assert!(form.body.contains(&kept), "typed subject kept");
    assert!(
        form.body.contains(">Typed words</textarea>"),
        "typed message kept"
    );
    assert!(form.body.contains("This is too long."));
    let sent = send(
        &app,
        plain_post(
            "/api/support/open",
            &ann,
            "/settings/support",
            "subject=Plain&message=No+script+here.",
        ),
    )
    .await;
    assert_eq!(sent.status, 302, "{}", sent.body);
    let location = sent.headers["location"].to_str().unwrap().to_string();
    assert!(
        location.starts_with("/settings/support/") && location.ends_with("?notice=ticket-sent")
    );
    let id = location
        .trim_start_matches("/settings/support/")
        .trim_end_matches("?notice=ticket-sent")
        .to_string();
    let opened = send(
        &app,
        plain_post(
            "/api/admin/support/open",
            &sam,
            &format!("/admin/support/{id}"),
            &format!("id={id}&reason=Answering"),
        ),
    )
    .await;
    assert_eq!(opened.status, 302);
    let staff_page = opened.headers["location"].to_str().unwrap().to_string();
    assert!(staff_page.starts_with(&format!("/admin/support/{id}?access=")));
    let access = staff_page.split("access=").nth(1).unwrap().to_string();
    let answered = send(
        &app,
        plain_post(
            "/api/admin/support/reply",
            &sam,
            &staff_page,
            &format!("id={id}&access={access}&message=Hello+back."),
        ),
    )
    .await;
    assert_eq!(answered.status, 302);
    assert!(
        answered.headers["location"]
            .to_str()
            .unwrap()
            .ends_with("&notice=reply-sent")
    );
    let replied = send(
        &app,
        plain_post(
            "/api/support/reply",
            &ann,
            &format!("/settings/support/{id}"),
            &format!("id={id}&message=Thanks."),
        ),
    )
    .await;
    assert_eq!(replied.status, 302);
    let empty = send(
        &app,
        plain_post(
            "/api/support/reply",
            &ann,
            &format!("/settings/support/{id}"),
            &format!("id={id}&message=+"),
        ),
    )
    .await;
    let back = empty.headers["location"].to_str().unwrap().to_string();
    let again = page(
        &app,
        back.trim_start_matches("http://offerline.test"),
        &ann,
        Locale::En,
    )
    .await;
    assert!(again.body.contains("Please fill this in."), "{back}");
    assert_eq!(
        replied.headers["location"],
        format!("/settings/support/{id}?notice=reply-sent").as_str()
    );
    let thread = page(&app, &format!("/settings/support/{id}"), &ann, Locale::En).await;
    assert!(thread.body.contains("Hello back.") && thread.body.contains("Thanks."));
}
