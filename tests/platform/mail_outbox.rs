//! The outbox: the .eml default, the sweep that queues a message whose job
//! was lost, who may queue and read mail, erasure and pruning.

use crate::common::mail::*;
use crate::common::smtp::parse_messages;
use crate::common::{document_key, fx_db, fx_state};
use offerline::error::AppError;
use offerline::i18n::{Locale, translate};
use offerline::server::mail::{self, Outgoing, Status, Template, repo, send};
use offerline::server::scope::Scope;
use offerline::server::time::now_ms;

#[tokio::test]
async fn the_eml_default_writes_one_file_per_message() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let outbox = t.dir.path().join("outbox");
    let en = mail::queue(
        &state,
        &Scope::System,
        to("fay@example.org", Locale::En, verify("Fay")),
    )
    .await
    .unwrap();
    let fr = mail::queue(
        &state,
        &Scope::System,
        to(
            "gus@example.org",
            Locale::Fr,
            Template::PasswordChanged { name: "Gus".into() },
        ),
    )
    .await
    .unwrap();
    let bodies = stored_bodies(&t, &en).await;
    let worker = worker(&state);
    while worker.run_once().await.unwrap() {}

    let mut files: Vec<String> = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    let mut expected = vec![format!("{en}.eml"), format!("{fr}.eml")];
    expected.sort();
    assert_eq!(files, expected);
    let parsed = parse_messages(&[outbox.join(format!("{fr}.eml"))]);
    assert_eq!(
        parsed[0].subject,
        translate(Locale::Fr, "mail-password-changed-subject")
    );
    assert_eq!(parsed[0].message_id, format!("<{fr}@offerline.test>"));
    assert_eq!(parsed[0].parts, ["text/plain", "text/html"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(outbox.join(format!("{fr}.eml")))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Written again after a crash before it was marked sent: the same file,
    // the same bytes.
    let before = std::fs::read(outbox.join(format!("{en}.eml"))).unwrap();
    crash_before_marked_sent(&t, &en, bodies).await;
    send::deliver(&state, &en, false).await.unwrap();
    assert_eq!(std::fs::read_dir(&outbox).unwrap().count(), 2);
    assert_eq!(
        std::fs::read(outbox.join(format!("{en}.eml"))).unwrap(),
        before
    );
}

#[tokio::test]
async fn a_message_whose_job_was_lost_is_queued_again_by_the_sweep() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let lost = mail::queue(
        &state,
        &Scope::System,
        to("hal@example.org", Locale::En, verify("Hal")),
    )
    .await
    .unwrap();
    let waiting = mail::queue(
        &state,
        &Scope::System,
        to("ida@example.org", Locale::En, verify("Ida")),
    )
    .await
    .unwrap();
    // The first lost its job (as if queueing it had failed); both are old
    // enough for the sweep.
    sqlx::query("DELETE FROM jobs WHERE dedupe_key = $1")
        .bind(format!("mail.send:{lost}"))
        .execute(&t.db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE outbox SET created_at = created_at - 120000")
        .execute(&t.db.pool)
        .await
        .unwrap();

    send::sweep(state.clone()).await.unwrap();
    send::sweep(state.clone()).await.unwrap();
    let queued = "SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND status = 'queued'";
    assert_eq!(count(&t, queued).await, 2, "one job each, no duplicate");

    let worker = worker(&state);
    while worker.run_once().await.unwrap() {}
    for id in [&lost, &waiting] {
        assert_eq!(stored(&t, id).await.status, Status::Sent);
    }
    send::sweep(state.clone()).await.unwrap();
    assert_eq!(count(&t, queued).await, 0, "sent messages are left alone");
    assert_eq!(
        std::fs::read_dir(t.dir.path().join("outbox"))
            .unwrap()
            .count(),
        2
    );
}

#[tokio::test]
async fn only_the_system_or_the_user_concerned_may_queue_and_read_mail() {
    let t = fx_db().await;
    let state = fx_state(&t);
    insert_user(&t, "user-a", "a@example.org").await;
    insert_user(&t, "user-b", "b@example.org").await;
    let about = |user: &str| Outgoing {
        user_id: Some(user.into()),
        ..to("a@example.org", Locale::En, verify("A"))
    };

    let err = mail::queue(&state, &Scope::Anonymous, about("user-a"))
        .await
        .unwrap_err();
    assert_eq!(err, AppError::Unauthorized);
    let err = mail::queue(&state, &user_scope("user-a"), about("user-b"))
        .await
        .unwrap_err();
    assert_eq!(err, AppError::NotFound);
    let own = mail::queue(&state, &user_scope("user-a"), about("user-a"))
        .await
        .unwrap();
    mail::queue(&state, &Scope::System, about("user-b"))
        .await
        .unwrap();

    let mine = repo::list_for_user(&user_scope("user-a"), &t.db, &document_key())
        .await
        .unwrap();
    assert_eq!(
        mine.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        [own.as_str()]
    );
    assert_eq!(
        repo::list_for_user(&Scope::Anonymous, &t.db, &document_key())
            .await
            .unwrap_err(),
        AppError::Unauthorized
    );
    assert_eq!(
        repo::get(&user_scope("user-a"), &t.db, &document_key(), &own)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
}

#[tokio::test]
async fn erasing_a_user_erases_their_mail_and_its_jobs() {
    let t = fx_db().await;
    let state = fx_state(&t);
    insert_user(&t, "user-gone", "gone@example.org").await;
    mail::queue(
        &state,
        &Scope::System,
        Outgoing {
            user_id: Some("user-gone".into()),
            ..to("gone@example.org", Locale::En, verify("Gone"))
        },
    )
    .await
    .unwrap();
    sqlx::query("DELETE FROM users WHERE id = 'user-gone'")
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(count(&t, "SELECT COUNT(*) FROM outbox").await, 0);
    assert_eq!(
        count(&t, "SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send'").await,
        0
    );
}

#[tokio::test]
async fn old_sent_and_failed_messages_are_pruned() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let mut ids = Vec::new();
    for name in ["old-sent", "old-failed", "new-sent", "old-queued"] {
        ids.push(
            mail::queue(
                &state,
                &Scope::System,
                to("p@example.org", Locale::En, verify(name)),
            )
            .await
            .unwrap(),
        );
    }
    let long_ago = now_ms() - send::KEEP_FINISHED_MS - 1_000;
    let rows = [
        ("sent", Some(long_ago)),
        ("failed", None),
        ("sent", Some(now_ms())),
        ("queued", None),
    ];
    for (id, (status, sent_at)) in ids.iter().zip(rows) {
        sqlx::query("UPDATE outbox SET status = $1, sent_at = $2, created_at = $3 WHERE id = $4")
            .bind(status)
            .bind(sent_at)
            .bind(long_ago)
            .bind(id)
            .execute(&t.db.pool)
            .await
            .unwrap();
    }
    send::prune(state.clone()).await.unwrap();
    let left: Vec<(String,)> = sqlx::query_as("SELECT id FROM outbox ORDER BY id")
        .fetch_all(&t.db.pool)
        .await
        .unwrap();
    let left: Vec<&str> = left.iter().map(|(id,)| id.as_str()).collect();
    let mut expected = vec![ids[2].as_str(), ids[3].as_str()];
    expected.sort();
    assert_eq!(left, expected);
}
