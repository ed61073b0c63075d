//! Outgoing email, how it is sent: by the job queue to a real SMTP server
//! on loopback (aiosmtpd), never lost and never sent twice by a retry;
//! failures are retried and recorded without the recipient's address.

use crate::common::mail::*;
use crate::common::smtp::{SmtpServer, free_port};
use crate::common::{fx_db, fx_state_with};
use offerline::i18n::{Locale, translate};
use offerline::server::jobs::{self};
use offerline::server::mail::{self, Status, send};
use offerline::server::scope::Scope;

#[tokio::test]
async fn a_message_is_sent_once_even_when_its_job_runs_twice() {
    let t = fx_db().await;
    let server = SmtpServer::start();
    let state = fx_state_with(&t, &[("SMTP_URL", &server.url())]);
    let id = mail::queue(
        &state,
        &Scope::System,
        to("bo@example.org", Locale::En, verify("Bo")),
    )
    .await
    .unwrap();
    let worker = worker(&state);
    assert!(worker.run_once().await.unwrap());
    assert_eq!(server.wait_for(1).len(), 1);

    // A second job for the same message, and the handler called again.
    jobs::enqueue(&state.db, send::send_job(&id, None))
        .await
        .unwrap()
        .expect("a second job");
    assert!(worker.run_once().await.unwrap());
    send::deliver(&state, &id, false).await.unwrap();

    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(server.received().len(), 1, "sent once");
    assert_eq!(stored(&t, &id).await.attempts, 1);
    assert_eq!(
        count(
            &t,
            "SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND status = 'done'"
        )
        .await,
        2
    );
}

/// The window the module documents: a crash after the SMTP server accepted
/// a message, before it was marked sent. The retry sends a second copy, and
/// it carries the same Message-ID, so the receiver can tell.
#[tokio::test]
async fn a_resend_after_a_crash_keeps_the_message_id() {
    let t = fx_db().await;
    let server = SmtpServer::start();
    let state = fx_state_with(&t, &[("SMTP_URL", &server.url())]);
    let id = mail::queue(
        &state,
        &Scope::System,
        to("cy@example.org", Locale::Fr, verify("Cy")),
    )
    .await
    .unwrap();
    let bodies = stored_bodies(&t, &id).await;
    send::deliver(&state, &id, false).await.unwrap();
    crash_before_marked_sent(&t, &id, bodies).await;
    send::deliver(&state, &id, false).await.unwrap();
    let received = server.wait_for(2);
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].message_id, received[1].message_id);
    assert_eq!(received[0].text, received[1].text);
}

#[tokio::test]
async fn when_smtp_is_down_the_job_fails_and_a_later_attempt_delivers() {
    let t = fx_db().await;
    let port = free_port();
    let url = format!("smtp://127.0.0.1:{port}");
    let state = fx_state_with(&t, &[("SMTP_URL", &url)]);
    let id = mail::queue(
        &state,
        &Scope::System,
        to("dee@example.org", Locale::Nl, verify("Dee")),
    )
    .await
    .unwrap();
    let worker = worker(&state);

    assert!(worker.run_once().await.unwrap());
    let (_, status, attempts, error) = send_job(&t, &id).await;
    assert_eq!((status.as_str(), attempts), ("queued", 1));
    assert!(error.unwrap().contains("SMTP"));
    let row = stored(&t, &id).await;
    assert_eq!((row.status, row.attempts), (Status::Queued, 1));
    assert!(row.last_error.unwrap().contains("SMTP"));
    assert!(!worker.run_once().await.unwrap(), "waits for its backoff");

    let server = SmtpServer::start_on(port);
    make_due(&t).await;
    assert!(worker.run_once().await.unwrap());
    let received = server.wait_for(1);
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].message_id, format!("<{id}@offerline.test>"));
    assert_eq!(
        received[0].subject,
        translate(Locale::Nl, "mail-verify-subject")
    );
    let row = stored(&t, &id).await;
    assert_eq!(
        (row.status, row.attempts, row.last_error),
        (Status::Sent, 2, None)
    );
    let (_, status, attempts, _) = send_job(&t, &id).await;
    assert_eq!((status.as_str(), attempts), ("done", 2));
}

/// A refusal is retried like any failure, and what is recorded of it (the
/// job's error, which is also logged, and the outbox row) keeps the server's
/// code but not its text, which quotes the recipient's address.
#[tokio::test]
async fn a_refusal_keeps_the_smtp_code_but_not_the_address() {
    let t = fx_db().await;
    let server = SmtpServer::start_rejecting();
    let state = fx_state_with(&t, &[("SMTP_URL", &server.url())]);
    let id = mail::queue(
        &state,
        &Scope::System,
        to("private.person@example.org", Locale::En, verify("P")),
    )
    .await
    .unwrap();
    assert!(worker(&state).run_once().await.unwrap());
    let (_, status, _, job_error) = send_job(&t, &id).await;
    assert_eq!(status, "queued", "retried later");
    let row = stored(&t, &id).await;
    for error in [job_error.unwrap(), row.last_error.unwrap()] {
        assert!(error.contains("transient error (450)"), "{error}");
        assert!(!error.contains("private.person"), "{error}");
    }
    assert_eq!(row.status, Status::Queued);
}

#[tokio::test]
async fn after_the_last_attempt_the_message_is_marked_failed() {
    let t = fx_db().await;
    let url = format!("smtp://127.0.0.1:{}", free_port());
    let state = fx_state_with(&t, &[("SMTP_URL", &url)]);
    let id = mail::queue(
        &state,
        &Scope::System,
        to("eve@example.org", Locale::En, verify("Eve")),
    )
    .await
    .unwrap();
    sqlx::query("UPDATE jobs SET max_attempts = 2 WHERE kind = 'mail.send'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let worker = worker(&state);
    for _ in 0..2 {
        make_due(&t).await;
        assert!(worker.run_once().await.unwrap());
    }
    let (_, status, attempts, _) = send_job(&t, &id).await;
    assert_eq!((status.as_str(), attempts), ("failed", 2));
    let row = stored(&t, &id).await;
    assert_eq!((row.status, row.attempts), (Status::Failed, 2));
    assert!(row.last_error.is_some());
    // A failed message is not sent by a late job either.
    let server = SmtpServer::start_on(url.rsplit(':').next().unwrap().parse().unwrap());
    send::deliver(&state, &id, false).await.unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(server.received().is_empty());
}
