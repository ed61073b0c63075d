//! Password reset by email link, password change and email change end to
//! end through the router. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::*;

/// P07: a reset answers alike for known and unknown addresses, sends a
/// single-use link valid 30 minutes, and signs out every session.
#[tokio::test]
async fn p07_password_reset_by_email_link() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let old_session = sign_up(&app, "Ida", "ida@example.org").await;

    let known = call(
        &app,
        "/api/auth/forgot-password",
        None,
        &[("email", "ida@example.org")],
    )
    .await;
    let unknown = call(
        &app,
        "/api/auth/forgot-password",
        None,
        &[("email", "nobody@example.org")],
    )
    .await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(known.body, unknown.body);
    assert_eq!(
        known.headers.get("location"),
        unknown.headers.get("location")
    );
    run_jobs(&state).await;
    assert!(emails_to(&t, "nobody@example.org").await.is_empty());
    let token = token_sent_to(&t, "ida@example.org", "/reset-password").await;

    let weak = call(
        &app,
        "/api/auth/reset-password",
        None,
        &[("token", &token), ("password", "short")],
    )
    .await;
    assert_eq!(weak.status, 422);
    let done = call(
        &app,
        "/api/auth/reset-password",
        None,
        &[("token", &token), ("password", "a brand new passphrase")],
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(me(&app, &old_session).await.is_null(), "old sessions end");
    assert_eq!(sign_in(&app, "ida@example.org", PASSWORD).await.status, 422);
    assert_eq!(
        sign_in(&app, "ida@example.org", "a brand new passphrase")
            .await
            .status,
        200
    );
    let reused = call(
        &app,
        "/api/auth/reset-password",
        None,
        &[("token", &token), ("password", "yet another passphrase")],
    )
    .await;
    assert_eq!(reused.status, 422);
    assert!(reused.body.contains("error-link-invalid"));

    // A link older than 30 minutes no longer works.
    call(
        &app,
        "/api/auth/forgot-password",
        None,
        &[("email", "ida@example.org")],
    )
    .await;
    run_jobs(&state).await;
    let late = token_sent_to(&t, "ida@example.org", "/reset-password").await;
    sqlx::query("UPDATE auth_tokens SET expires_at = expires_at - 1800001")
        .execute(&t.db.pool)
        .await
        .unwrap();
    let expired = call(
        &app,
        "/api/auth/reset-password",
        None,
        &[("token", &late), ("password", "too late passphrase")],
    )
    .await;
    assert_eq!(expired.status, 422);
}

/// P07: the reset request takes about as long for an unknown address as
/// for a known one (the lookup happens later, in the job worker).
#[tokio::test]
async fn p07_password_reset_timing_does_not_reveal_accounts() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    sign_up(&app, "Jo", "jo@example.org").await;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for i in 0..4 {
        let ip = format!("198.51.100.{i}");
        for (email, samples) in [
            ("jo@example.org", &mut known),
            ("ghost@example.org", &mut unknown),
        ] {
            let start = std::time::Instant::now();
            let reply = call_from(
                &app,
                "/api/auth/forgot-password",
                None,
                &[("email", email)],
                &ip,
            )
            .await;
            samples.push(start.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(reply.status, 200);
        }
    }
    known.sort_by(f64::total_cmp);
    unknown.sort_by(f64::total_cmp);
    let (k, u) = (known[known.len() / 2], unknown[unknown.len() / 2]);
    assert!(
        (k - u).abs() < 50.0,
        "median known {k:.1} ms vs unknown {u:.1} ms"
    );
}

/// P07: changing the password asks for the current one and can sign out
/// the other sessions; the owner is told by email.
#[tokio::test]
async fn p07_change_password() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let here = sign_up(&app, "Kai", "kai@example.org").await;
    let elsewhere = session_cookie(&sign_in(&app, "kai@example.org", PASSWORD).await).unwrap();
    let wrong = call(
        &app,
        "/api/account/password",
        Some(&here),
        &[
            ("current_password", "not my password"),
            ("new_password", "fresh new passphrase"),
        ],
    )
    .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("error-password-wrong"));
    let done = call(
        &app,
        "/api/account/password",
        Some(&here),
        &[
            ("current_password", PASSWORD),
            ("new_password", "fresh new passphrase"),
            ("sign_out_others", "on"),
        ],
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(!me(&app, &here).await.is_null());
    assert!(me(&app, &elsewhere).await.is_null());
    let kinds: Vec<String> = emails_to(&t, "kai@example.org")
        .await
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert!(kinds.iter().any(|k| k == "password_changed"), "{kinds:?}");
}

/// P07 P24: the email address changes only through a link sent to the new
/// address; the old address is told.
#[tokio::test]
async fn p07_change_email_through_a_confirmation_link() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Lou", "lou@example.org").await;
    sign_up(&app, "Other", "taken@example.org").await;
    let taken = call(
        &app,
        "/api/account/email",
        Some(&cookie),
        &[("new_email", "taken@example.org"), ("password", PASSWORD)],
    )
    .await;
    let asked = call(
        &app,
        "/api/account/email",
        Some(&cookie),
        &[("new_email", "lou@new.example"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    // A taken address answers as a free one does; its owner is told.
    assert_eq!((taken.status, &taken.body), (asked.status, &asked.body));
    let told: Vec<String> = emails_to(&t, "taken@example.org")
        .await
        .into_iter()
        .map(|(kind, _, _)| kind)
        .collect();
    assert_eq!(told.first().map(String::as_str), Some("address_in_use"));
    assert_eq!(me(&app, &cookie).await["email"], "lou@example.org");
    let token = token_sent_to(&t, "lou@new.example", "/confirm-email").await;
    let confirmed = call(
        &app,
        "/api/account/confirm-email",
        None,
        &[("token", &token)],
    )
    .await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    // Used from a browser without a session: every session ended.
    assert!(me(&app, &cookie).await.is_null());
    let back = sign_in(&app, "lou@new.example", PASSWORD).await;
    let cookie = session_cookie(&back).expect("signed in with the new address");
    let now = me(&app, &cookie).await;
    assert_eq!(now["email"], "lou@new.example");
    assert_eq!(now["email_verified"], true);
    let kinds: Vec<String> = emails_to(&t, "lou@example.org")
        .await
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert!(
        kinds.iter().any(|k| k == "email_changed_notice"),
        "{kinds:?}"
    );
}

/// P07: an email change is a takeover's last step as much as an owner's
/// choice, so it ends every other session and voids any password-reset
/// link still out (sent to the old address); the browser that used the
/// link stays signed in.
#[tokio::test]
async fn p07_changing_the_email_ends_other_sessions_and_reset_links() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let here = sign_up(&app, "Noor", "noor@example.org").await;
    let elsewhere = session_cookie(&sign_in(&app, "noor@example.org", PASSWORD).await)
        .expect("a second session");
    call(
        &app,
        "/api/auth/forgot-password",
        None,
        &[("email", "noor@example.org")],
    )
    .await;
    run_jobs(&state).await;
    let reset = token_sent_to(&t, "noor@example.org", "/reset-password").await;
    let asked = call(
        &app,
        "/api/account/email",
        Some(&here),
        &[("new_email", "noor@new.example"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    let token = token_sent_to(&t, "noor@new.example", "/confirm-email").await;
    let confirmed = call(
        &app,
        "/api/account/confirm-email",
        Some(&here),
        &[("token", &token)],
    )
    .await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    assert_eq!(me(&app, &here).await["email"], "noor@new.example");
    assert!(
        me(&app, &elsewhere).await.is_null(),
        "the other session ended"
    );
    let used = call(
        &app,
        "/api/auth/reset-password",
        None,
        &[("token", &reset), ("password", "a brand new passphrase")],
    )
    .await;
    assert_eq!(used.status, 422, "{}", used.body);
    assert!(used.body.contains("error-link-invalid"), "{}", used.body);
}

/// P14: every email-change attempt with the right password counts against
/// the account's email limit, taken addresses included, so the form cannot
/// test addresses one after another.
#[tokio::test]
async fn p14_email_change_attempts_count_whatever_the_address() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Lou", "lou@example.org").await;
    for i in 0..4 {
        sign_up(&app, "Other", &format!("taken{i}@example.org")).await;
    }
    let limit = offerline::server::ratelimit::EMAIL_SEND_ACCOUNT;
    for i in 0..limit.max {
        let to = format!("taken{}@example.org", i % 4);
        let reply = call(
            &app,
            "/api/account/email",
            Some(&cookie),
            &[("new_email", &to), ("password", PASSWORD)],
        )
        .await;
        assert_eq!(reply.status, 200, "attempt {i}: {}", reply.body);
    }
    let past = call(
        &app,
        "/api/account/email",
        Some(&cookie),
        &[("new_email", "free@example.org"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(past.status, 429, "{}", past.body);
}
