//! Deleting an account (P22, P25): the password is asked, the account is
//! disabled at once (sessions end, queued mail and jobs are cancelled),
//! signing in within the grace period cancels, and the purge then leaves
//! nothing of the person in any table of the live schema. Each test runs
//! on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::every_table::{
    find_anywhere, find_in_mail_files, fx_full_account, mail_files, uncovered_tables,
};
use crate::common::*;
use offerline::server::privacy::erasure;
use offerline::server::time::now_ms;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

async fn count(t: &TestDb, sql: &str, id: &str) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
}

async fn delete(app: &axum::Router, cookie: &str, password: &str) -> Reply {
    call(
        app,
        "/api/privacy/delete-account",
        Some(cookie),
        &[("password", password), ("confirmed", "on")],
    )
    .await
}

/// P25: deletion is self-service, asks for the password and a ticked box,
/// and disables the account at once: every session ends, queued emails and
/// jobs are cancelled, sign-in is refused with the usual answer once the
/// grace period is over, and the owner is told by email when the data goes.
#[tokio::test]
async fn p25_deleting_the_account_asks_for_the_password_and_disables_it_at_once() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Dana Delete", "dana@example.org").await;
    let (id, ..) = user_row(&t, "dana@example.org").await;
    let other = sign_in(&app, "dana@example.org", PASSWORD).await;
    assert_eq!(other.status, 200);
    let other = session_cookie(&other).unwrap();
    assert!(
        count(
            &t,
            "SELECT COUNT(*) FROM jobs WHERE user_id = $1 AND status = 'queued'",
            &id
        )
        .await
            > 0
    );

    let wrong = delete(&app, &cookie, "not my password").await;
    assert_eq!(wrong.status, 422, "{}", wrong.body);
    assert!(wrong.body.contains("error-password-wrong"));
    let unticked = call(
        &app,
        "/api/privacy/delete-account",
        Some(&cookie),
        &[("password", PASSWORD)],
    )
    .await;
    assert_eq!(unticked.status, 422);
    assert!(unticked.body.contains("error-delete-confirm"));
    assert!(!me(&app, &cookie).await.is_null(), "nothing happened yet");

    let done = delete(&app, &cookie, PASSWORD).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(me(&app, &cookie).await.is_null(), "this session ended");
    assert!(me(&app, &other).await.is_null(), "every session ended");
    assert_eq!(
        count(&t, "SELECT COUNT(*) FROM sessions WHERE user_id = $1", &id).await,
        0
    );
    assert_eq!(
        count(&t, "SELECT COUNT(*) FROM jobs WHERE user_id = $1 AND status = 'queued' AND kind <> 'mail.send'", &id).await,
        0,
        "scheduled work (the tips email) is cancelled"
    );
    let mails = emails_to(&t, "dana@example.org").await;
    assert_eq!(mails[0].0, "deletion_scheduled");
    assert_eq!(
        count(&t, "SELECT COUNT(*) FROM outbox WHERE user_id = $1 AND status = 'queued' AND kind <> 'deletion_scheduled'", &id).await,
        0,
        "queued emails are cancelled"
    );
    let (disabled, purge_after): (Option<i64>, Option<i64>) =
        sqlx::query_as("SELECT disabled_at, purge_after FROM users WHERE id = $1")
            .bind(&id)
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    let disabled = disabled.expect("disabled at once");
    assert_eq!(
        purge_after,
        Some(disabled + 7 * DAY_MS),
        "default grace: 7 days"
    );

    // Once the grace period is over, the account is gone: sign-in gets the
    // same answer as for an unknown address.
    erasure::purge_due(&state, now_ms() + 8 * DAY_MS)
        .await
        .unwrap();
    let refused = sign_in(&app, "dana@example.org", PASSWORD).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("error-sign-in-failed"));
}

/// P22: within the grace period the right password cancels the deletion
/// and signs in; the purge then leaves the account alone.
#[tokio::test]
async fn p22_signing_in_within_the_grace_period_cancels_the_deletion() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Gus Grace", "gus@example.org").await;
    assert_eq!(delete(&app, &cookie, PASSWORD).await.status, 200);
    let wrong = sign_in(&app, "gus@example.org", "not the password").await;
    assert_eq!(wrong.status, 422);

    // A plain form post, so the answer is the redirect a browser follows.
    let back = send(
        &app,
        post_form("/api/auth/sign-in")
            .header("accept", "text/html")
            .header("origin", "http://offerline.test")
            .body(axum::body::Body::from(form(&[
                ("email", "gus@example.org"),
                ("password", PASSWORD),
            ])))
            .unwrap(),
    )
    .await;
    assert_eq!(back.status, 302, "{}", back.body);
    assert_eq!(
        back.headers["location"],
        "/settings/privacy?notice=deletion-cancelled"
    );
    let cookie = session_cookie(&back).expect("signed in");
    assert_eq!(me(&app, &cookie).await["email"], "gus@example.org");
    assert_eq!(
        erasure::purge_due(&state, now_ms() + 30 * DAY_MS)
            .await
            .unwrap(),
        0
    );
    assert!(!me(&app, &cookie).await.is_null());
}

/// P22 P25 P04: a person with data in every personal table (a password
/// reset, a prepared export and stored documents among it) deletes their account; after the grace
/// period the purge runs, and a scan of every column of every table of the
/// live schema (job payloads included), of the storage and of the `.eml`
/// outbox folder finds neither their id, their email nor their name.
/// Another person's data is untouched, and the purge happens within the
/// retention window.
#[tokio::test]
async fn p22_the_purge_leaves_nothing_of_a_deleted_account_in_any_table() {
    let t = fx_db().await;
    let state = fx_state_with(
        &t,
        &[
            ("OFFERLINE_DELETION_GRACE_DAYS", "3"),
            ("OFFERLINE_EXPORT_BACKGROUND_ROWS", "0"),
        ],
    );
    let app = fx_app(state.clone());
    let name = "Quirina Vandermolen";
    let email = "quirina.vdm@example.org";
    let gone = fx_full_account(&app, &t, name, email).await;
    let kept = fx_full_account(&app, &t, "Kees Keeper", "kees@example.org").await;
    let missing = uncovered_tables(&t, &gone.user_id).await;
    assert!(
        missing.is_empty(),
        "the seeded person has no row in {missing:?}: extend tests/common/seed.rs for these tables"
    );
    // Staff acted on the account: the audit log must not identify it either.
    sqlx::query(
        "INSERT INTO audit_log (id, actor_id, action, subject_hash, reason, created_at) \
         VALUES ($1, $2, 'profile.viewed', $3, 'support ticket', 0)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(&kept.user_id)
    .bind(offerline::server::admin::subject_hash(
        &state,
        &gone.user_id,
    ))
    .execute(&t.db.pool)
    .await
    .unwrap();

    // Both prepared exports and both documents' versions are in storage,
    // each in its owner's folder.
    run_jobs(&state).await;
    let stored = state.storage.list("").await.unwrap();
    assert_eq!(stored.len(), 6, "{stored:?}");
    let gone_prefix = format!("users/{}/", gone.user_id);
    assert_eq!(
        stored
            .iter()
            .filter(|f| f.starts_with(&gone_prefix))
            .count(),
        3
    );
    assert!(
        !find_in_mail_files(&t, &[email]).is_empty(),
        "mail was delivered as .eml"
    );
    let kept_mail = find_in_mail_files(&t, &["kees@example.org"]).len();

    assert_eq!(delete(&app, &gone.cookie, PASSWORD).await.status, 200);
    run_jobs(&state).await;
    let requested = now_ms();
    // Not before the grace period ends …
    assert_eq!(
        erasure::purge_due(&state, requested + 2 * DAY_MS)
            .await
            .unwrap(),
        0
    );
    assert!(!find_anywhere(&t, &[&gone.user_id]).await.is_empty());
    // … and within the retention window (30 days) after it.
    assert_eq!(
        erasure::purge_due(&state, requested + 3 * DAY_MS + 60_000)
            .await
            .unwrap(),
        1
    );

    let hits = find_anywhere(&t, &[&gone.user_id, email, name]).await;
    assert!(hits.is_empty(), "left behind: {hits:#?}");
    let files = find_in_mail_files(&t, &[&gone.user_id, email, name]);
    assert!(files.is_empty(), "left behind: {files:#?}");
    assert_eq!(
        find_in_mail_files(&t, &["kees@example.org"]).len(),
        kept_mail,
        "the other person's mail stays"
    );
    assert!(mail_files(&t) > 0);
    // The storage too (P04 P19): no file is named for them, and what is
    // left (the other person's export and documents) is theirs.
    let stored = state.storage.list("").await.unwrap();
    assert_eq!(stored.len(), 3, "{stored:?}");
    assert!(
        stored
            .iter()
            .all(|f| f.starts_with(&format!("users/{}/", kept.user_id))),
        "{stored:?}"
    );
    assert!(
        uncovered_tables(&t, &kept.user_id).await.is_empty(),
        "the other account keeps everything"
    );
    assert!(!me(&app, &kept.cookie).await.is_null());
}

/// P22: the grace period must end within the retention window, which may
/// never exceed 90 days.
#[tokio::test]
async fn p22_the_grace_period_must_end_inside_the_retention_window() {
    let t = fx_db().await;
    let config = |vars: &[(&str, &str)]| {
        let mut all: std::collections::HashMap<String, String> = [
            ("OFFERLINE_DATA_DIR", t.dir.path().display().to_string()),
            ("DATABASE_URL", t.url.clone()),
            ("OFFERLINE_SECRET_KEY", SECRET_HEX.to_string()),
            ("OFFERLINE_DOCUMENT_KEY", DOCUMENT_HEX.to_string()),
            ("OFFERLINE_BASE_URL", "http://offerline.test".to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        for (k, v) in vars {
            all.insert(k.to_string(), v.to_string());
        }
        let leptos = offerline::server::config::leptos_options().unwrap();
        offerline::server::config::Config::from_lookup(&|name| all.get(name).cloned(), leptos)
    };
    assert!(config(&[]).is_ok());
    let too_long = config(&[
        ("OFFERLINE_RETENTION_DAYS", "10"),
        ("OFFERLINE_DELETION_GRACE_DAYS", "10"),
    ])
    .unwrap_err()
    .to_string();
    assert!(
        too_long.contains("OFFERLINE_DELETION_GRACE_DAYS"),
        "{too_long}"
    );
    assert!(config(&[("OFFERLINE_RETENTION_DAYS", "91")]).is_err());
}
