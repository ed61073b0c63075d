//! P14: rate limits on sign-in, sign-up and password reset, and lockout
//! after repeated failures, in the style of rack-attack's specs: under the
//! limit passes, twice the limit is refused with 429 and Retry-After, the
//! limit resets after its period, and variants of the route or of the
//! address do not get around it. Counters live in the database, so every
//! instance shares them.

use crate::common::account::*;
use crate::common::*;
use offerline::server::ratelimit::{self, Limit};

/// Moves every counter's window back past `limit`'s period, as if it had
/// passed.
async fn let_period_pass(t: &TestDb, limit: &Limit) {
    sqlx::query("UPDATE rate_limits SET window_start = window_start - $1")
        .bind(limit.window_ms + 1)
        .execute(&t.db.pool)
        .await
        .unwrap();
}

fn wrong(email: &str) -> [(&str, &str); 2] {
    [("email", email), ("password", "not the password")]
}

/// P14: sign-in attempts per network.
#[tokio::test]
async fn p14_sign_in_is_limited_per_network() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let limit = ratelimit::SIGN_IN_IP;
    // Different (unknown) accounts, so only the network limit applies.
    for i in 0..limit.max {
        let email = format!("user{i}@example.org");
        let reply = call_from(&app, "/api/auth/sign-in", None, &wrong(&email), "192.0.2.7").await;
        assert_eq!(reply.status, 422, "attempt {i} is under the limit");
    }
    for i in limit.max..2 * limit.max {
        let email = format!("user{i}@example.org");
        let reply = call_from(&app, "/api/auth/sign-in", None, &wrong(&email), "192.0.2.7").await;
        assert_eq!(reply.status, 429, "attempt {i} is over the limit");
        let retry: u64 = reply.headers["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(retry > 0 && retry <= (limit.window_ms / 1000) as u64);
        assert!(reply.body.contains("RateLimited"));
    }
    // Another network is not affected.
    let other = call_from(
        &app,
        "/api/auth/sign-in",
        None,
        &wrong("x@example.org"),
        "192.0.2.8",
    )
    .await;
    assert_eq!(other.status, 422);
    // The same IPv6 /64 counts as one network.
    for i in 0..limit.max {
        let ip = format!("2001:db8:5:6::{i:x}");
        call_from(
            &app,
            "/api/auth/sign-in",
            None,
            &wrong(&format!("v6-{i}@example.org")),
            &ip,
        )
        .await;
    }
    let v6 = call_from(
        &app,
        "/api/auth/sign-in",
        None,
        &wrong("v6@example.org"),
        "2001:db8:5:6:ffff::1",
    )
    .await;
    assert_eq!(v6.status, 429);

    let_period_pass(&t, &limit).await;
    let after = call_from(
        &app,
        "/api/auth/sign-in",
        None,
        &wrong("late@example.org"),
        "192.0.2.7",
    )
    .await;
    assert_eq!(after.status, 422, "the limit resets after its period");
}

/// P14: repeated failures lock the account (whatever the network), even the
/// right password is refused meanwhile, and the owner gets an email.
#[tokio::test]
async fn p14_repeated_failures_lock_the_account_and_warn_its_owner() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    sign_up(&app, "Quinn", "quinn@example.org").await;
    let limit = ratelimit::SIGN_IN_FAILURES;
    for i in 0..limit.max {
        // Case variants of the address count for the same account.
        let email = if i % 2 == 0 {
            "quinn@example.org"
        } else {
            "QUINN@Example.org"
        };
        let ip = format!("198.51.100.{i}");
        let reply = call_from(&app, "/api/auth/sign-in", None, &wrong(email), &ip).await;
        assert_eq!(reply.status, 422);
    }
    for i in 0..limit.max {
        let ip = format!("203.0.113.{i}");
        let locked = call_from(
            &app,
            "/api/auth/sign-in",
            None,
            &[("email", "quinn@example.org"), ("password", PASSWORD)],
            &ip,
        )
        .await;
        assert_eq!(locked.status, 429);
    }
    let warned: Vec<String> = emails_to(&t, "quinn@example.org")
        .await
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert_eq!(
        warned.iter().filter(|k| *k == "account_locked").count(),
        1,
        "{warned:?}"
    );

    let_period_pass(&t, &limit).await;
    let back = sign_in(&app, "quinn@example.org", PASSWORD).await;
    assert_eq!(back.status, 200, "the lock ends after its period");
}

/// P14: parallel wrong guesses cannot outrun the lockout. Each attempt is
/// counted before its password is hashed, in one step, so of 40 sign-ins
/// at once for one account (from 40 networks) at most the limit's worth
/// reach the password hash and the rest get 429.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn p14_parallel_wrong_sign_ins_check_no_more_passwords_than_the_limit() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    sign_up(&app, "Rowan", "rowan@example.org").await;
    let limit = ratelimit::SIGN_IN_FAILURES;
    let before = state.hasher.checked();
    let mut attempts = tokio::task::JoinSet::new();
    for i in 0..40 {
        let app = app.clone();
        attempts.spawn(async move {
            let ip = format!("198.51.100.{i}");
            call_from(
                &app,
                "/api/auth/sign-in",
                None,
                &wrong("rowan@example.org"),
                &ip,
            )
            .await
            .status
        });
    }
    let statuses = attempts.join_all().await;
    let checked = state.hasher.checked() - before;
    assert!(
        checked <= limit.max as u64,
        "{checked} passwords checked, the limit is {}",
        limit.max
    );
    let refused = statuses.iter().filter(|s| **s == 429).count();
    let wrong_answers = statuses.iter().filter(|s| **s == 422).count();
    assert_eq!(refused + wrong_answers, 40, "{statuses:?}");
    assert_eq!(wrong_answers as u64, checked, "{statuses:?}");
}

/// P14: unknown addresses are limited the same way, so the limit tells
/// nothing about which accounts exist.
#[tokio::test]
async fn p14_unknown_accounts_lock_like_known_ones() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let limit = ratelimit::SIGN_IN_FAILURES;
    for i in 0..2 * limit.max {
        let ip = format!("198.51.100.{i}");
        let reply = call_from(
            &app,
            "/api/auth/sign-in",
            None,
            &wrong("ghost@example.org"),
            &ip,
        )
        .await;
        let expected = if i < limit.max { 422 } else { 429 };
        assert_eq!(reply.status, expected, "attempt {i}");
    }
}

/// P14: sign-ups per network.
#[tokio::test]
async fn p14_sign_up_is_limited_per_network() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let limit = ratelimit::SIGN_UP_IP;
    for i in 0..2 * limit.max {
        let email = format!("new{i}@example.org");
        let reply = call_from(
            &app,
            "/api/auth/sign-up",
            None,
            &[("name", "New"), ("email", &email), ("password", "x")],
            "192.0.2.50",
        )
        .await;
        let expected = if i < limit.max { 422 } else { 429 };
        assert_eq!(reply.status, expected, "attempt {i}: {}", reply.body);
    }
    let_period_pass(&t, &limit).await;
    let after = call_from(
        &app,
        "/api/auth/sign-up",
        None,
        &[
            ("name", "New"),
            ("email", "after@example.org"),
            ("password", "x"),
        ],
        "192.0.2.50",
    )
    .await;
    assert_eq!(after.status, 422);
}

/// P14: valid sign-ups for one address, from many networks, count per
/// address (case variants share the counter). Past the limit the answer
/// stays the same, but no more email goes to the address. Refused
/// attempts do not count, so nobody can use up another person's sign-up.
#[tokio::test]
async fn p14_sign_up_is_limited_per_account() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let limit = ratelimit::SIGN_UP_ACCOUNT;
    let attempt = |i: i64, password: &'static str| {
        let app = app.clone();
        async move {
            let email = if i % 2 == 0 {
                "Probe@Example.org"
            } else {
                "probe@example.org"
            };
            let ip = format!("203.0.113.{}", i + 1);
            let form = [
                ("name", "New"),
                ("email", email),
                ("password", password),
                ("age_confirmed", "on"),
                ("policy_accepted", "on"),
            ];
            call_from(&app, "/api/auth/sign-up", None, &form, &ip).await
        }
    };
    for i in 0..2 * limit.max {
        let refused = attempt(i, "x").await;
        assert_eq!(refused.status, 422, "attempt {i}: {}", refused.body);
    }
    let mails = || async { emails_to(&t, "probe@example.org").await.len() };
    for i in 0..limit.max + 2 {
        let reply = attempt(100 + i, PASSWORD).await;
        assert_eq!(reply.status, 200, "attempt {i}: {}", reply.body);
    }
    // The first made the account and sent its link; the next ones, within
    // the limit, told the owner; the rest sent nothing.
    assert_eq!(mails().await, limit.max as usize);
    let_period_pass(&t, &limit).await;
    assert_eq!(attempt(200, PASSWORD).await.status, 200);
    assert_eq!(mails().await, limit.max as usize + 1, "the limit resets");
}

/// P14: password reset requests per network; the emails per address are
/// capped too, silently; both reset after their period.
#[tokio::test]
async fn p14_password_reset_is_limited() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    sign_up(&app, "Ray", "ray@example.org").await;
    let limit = ratelimit::RESET_IP;
    for i in 0..2 * limit.max {
        let reply = call_from(
            &app,
            "/api/auth/forgot-password",
            None,
            &[("email", "ray@example.org")],
            "192.0.2.60",
        )
        .await;
        let expected = if i < limit.max { 200 } else { 429 };
        assert_eq!(reply.status, expected, "attempt {i}");
    }
    let worker =
        offerline::server::jobs::Worker::new(state.clone(), offerline::host::wiring::jobs());
    while worker.run_once().await.unwrap() {}
    let resets = emails_to(&t, "ray@example.org")
        .await
        .into_iter()
        .filter(|e| e.0 == "password_reset")
        .count();
    assert_eq!(resets as i64, ratelimit::RESET_ACCOUNT.max);

    let_period_pass(&t, &limit).await;
    let after = call_from(
        &app,
        "/api/auth/forgot-password",
        None,
        &[("email", "ray@example.org")],
        "192.0.2.60",
    )
    .await;
    assert_eq!(after.status, 200, "the limit resets after its period");
    while worker.run_once().await.unwrap() {}
    let resets = emails_to(&t, "ray@example.org")
        .await
        .into_iter()
        .filter(|e| e.0 == "password_reset")
        .count();
    assert_eq!(resets as i64, ratelimit::RESET_ACCOUNT.max + 1);
}

/// P14: variants of the route (case, trailing slash, query string, another
/// prefix) never reach sign-in unlimited: they are refused or limited.
#[tokio::test]
async fn p14_route_variants_do_not_bypass_the_limit() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let limit = ratelimit::SIGN_IN_IP;
    for i in 0..limit.max {
        call_from(
            &app,
            "/api/auth/sign-in",
            None,
            &wrong(&format!("v{i}@example.org")),
            "192.0.2.70",
        )
        .await;
    }
    for path in [
        "/api/auth/sign-in",
        "/api/auth/sign-in?again=1",
        "/api/auth/sign-in/",
        "/api/AUTH/SIGN-IN",
        "/api//auth/sign-in",
        "/API/auth/sign-in",
    ] {
        let reply = call_from(
            &app,
            path,
            None,
            &wrong("variant@example.org"),
            "192.0.2.70",
        )
        .await;
        assert!(
            reply.status == 429 || reply.status == 404 || reply.status == 405,
            "{path} answered {}",
            reply.status
        );
    }
}
