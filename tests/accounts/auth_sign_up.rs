//! Accounts end to end through the router: sign-up (with its checks and
//! the verification link), sign-in, stored hashes, disabled accounts and
//! the first administrator. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use offerline::server::auth;

/// P07 P01: a person signs up, opens the emailed link in the same browser
/// (which signs it in), signs out and in again.
#[tokio::test]
async fn p07_sign_up_verify_sign_out_and_sign_in() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let sent = post_sign_up(&app, "Ana Lima", "ana@example.org").await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert_eq!(session_cookie(&sent), None, "not signed in before the link");
    let browser = sign_up_cookie(&sent).expect("the sign-up cookie");

    let token = token_sent_to(&t, "ana@example.org", "/verify-email").await;
    let reply = call(
        &app,
        "/api/auth/verify-email",
        Some(&browser),
        &[("token", &token)],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let cookie = session_cookie(&reply).expect("the link signs this browser in");
    let cleared = reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|c| c.starts_with("offerline_sign_up=;") && c.contains("Max-Age=0"));
    assert!(cleared, "the sign-up cookie is deleted once used");
    let me_now = me(&app, &cookie).await;
    assert_eq!(me_now["name"], "Ana Lima");
    assert_eq!(me_now["email_verified"], true);
    // Single use.
    let again = call(
        &app,
        "/api/auth/verify-email",
        Some(&browser),
        &[("token", &token)],
    )
    .await;
    assert_eq!(again.status, 422);
    assert_eq!(session_cookie(&again), None);

    let out = call(&app, "/api/auth/sign-out", Some(&cookie), &[]).await;
    assert_eq!(out.status, 200);
    assert!(session_set_cookie(&out).contains("Max-Age=0"));
    // Logging out ends the session on the server, not only in the browser.
    assert!(me(&app, &cookie).await.is_null());

    let back = sign_in(&app, "ANA@example.org", PASSWORD).await;
    assert_eq!(back.status, 200, "{}", back.body);
    let cookie = session_cookie(&back).unwrap();
    assert_eq!(me(&app, &cookie).await["email"], "ana@example.org");
}

/// P07: the link opened in another browser (a phone's mail app, or
/// someone who got hold of the message) confirms the address but signs
/// nobody in; a browser with another sign-up's cookie is no better.
#[tokio::test]
async fn p07_the_link_signs_in_only_the_browser_that_signed_up() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let first = post_sign_up(&app, "Ana Lima", "ana@example.org").await;
    let other = post_sign_up(&app, "Bo Berg", "bo@example.org").await;
    assert_ne!(sign_up_cookie(&first), sign_up_cookie(&other));
    let token = token_sent_to(&t, "ana@example.org", "/verify-email").await;
    let wrong_browser = sign_up_cookie(&other).unwrap();
    let reply = call(
        &app,
        "/api/auth/verify-email",
        Some(&wrong_browser),
        &[("token", &token)],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(session_cookie(&reply), None);
    let (_, _, verified_at, _, _) = user_row(&t, "ana@example.org").await;
    assert!(
        verified_at.is_some(),
        "the address is confirmed all the same"
    );

    let token = token_sent_to(&t, "bo@example.org", "/verify-email").await;
    let reply = call(&app, "/api/auth/verify-email", None, &[("token", &token)]).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(session_cookie(&reply), None);
}

/// P07 P14: signing up with an address that has an account answers exactly
/// as for a new one (same status, body and cookies, nobody signed in),
/// creates nothing, and tells the address's owner by email instead.
#[tokio::test]
async fn p07_a_taken_address_gets_the_same_answer_and_its_owner_an_email() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    sign_up(&app, "Dee", "dee@example.org").await;
    let fresh = post_sign_up(&app, "Eli", "eli@example.org").await;
    let taken = post_sign_up(&app, "Dee Two", "DEE@example.org").await;
    assert_eq!(taken.status, fresh.status);
    assert_eq!(taken.body, fresh.body);
    let cookie_names = |reply: &Reply| -> Vec<String> {
        reply
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|c| c.split('=').next().map(str::to_string))
            .collect()
    };
    assert_eq!(cookie_names(&taken), cookie_names(&fresh));
    assert_eq!(session_cookie(&taken), None);
    assert!(!taken.body.contains("taken"), "{}", taken.body);

    let users: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM users WHERE lower(email) = 'dee@example.org'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(users.0, 1);
    let kinds: Vec<String> = emails_to(&t, "dee@example.org")
        .await
        .into_iter()
        .map(|(kind, _, _)| kind)
        .collect();
    assert_eq!(kinds, ["address_in_use", "verify_email"]);
    let (_, _, text) = &emails_to(&t, "dee@example.org").await[0];
    assert!(
        text.contains("http://offerline.test/forgot-password"),
        "{text}"
    );
    // The owner's password still works; the one typed at sign-up does not
    // replace it.
    assert_eq!(sign_in(&app, "dee@example.org", PASSWORD).await.status, 200);
}

/// P01: the password is kept only as an argon2id hash; sign-up records the
/// accepted policy version and the age confirmation (P30).
#[tokio::test]
async fn p01_password_is_stored_only_as_an_argon2id_hash() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    sign_up(&app, "Ben Okafor", "ben@example.org").await;
    let (_, hash, verified, age, policy) = user_row(&t, "ben@example.org").await;
    let hash = hash.unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(!hash.contains(PASSWORD));
    assert!(verified.is_none());
    assert!(age.is_some());
    assert_eq!(
        policy.as_deref(),
        Some(offerline::server::policies::FIRST_VERSION)
    );
}

/// P30: no account without confirming age 18 or over; nothing is stored.
#[tokio::test]
async fn p30_sign_up_requires_confirming_age_18_or_over() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = call(
        &app,
        "/api/auth/sign-up",
        None,
        &[
            ("name", "Cleo"),
            ("email", "cleo@example.org"),
            ("password", PASSWORD),
            ("policy_accepted", "on"),
        ],
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("age_confirmed") && reply.body.contains("error-age-required"));
    let count: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(count.0, 0);
}

#[tokio::test]
async fn sign_up_reports_every_bad_field_at_once() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let reply = call(
        &app,
        "/api/auth/sign-up",
        None,
        &[
            ("name", ""),
            ("email", "not-an-address"),
            ("password", "qwerty123456"),
        ],
    )
    .await;
    assert_eq!(reply.status, 422);
    for expected in [
        "\"name\"",
        "error-email-invalid",
        "error-password-common",
        "error-age-required",
        "error-policy-required",
    ] {
        assert!(
            reply.body.contains(expected),
            "{expected} missing: {}",
            reply.body
        );
    }
}

/// A stored hash weaker than today's parameters is upgraded at sign-in.
#[tokio::test]
async fn weaker_password_hashes_are_upgraded_at_sign_in() {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    sign_up(&app, "Mo", "mo@example.org").await;
    let weak = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(4096, 1, 1, None).unwrap(),
    );
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    let hash = weak
        .hash_password(PASSWORD.as_bytes(), &salt)
        .unwrap()
        .to_string();
    sqlx::query("UPDATE users SET password_hash = $1")
        .bind(&hash)
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(sign_in(&app, "mo@example.org", PASSWORD).await.status, 200);
    let (_, stored, ..) = user_row(&t, "mo@example.org").await;
    assert!(stored.unwrap().contains("m=19456,t=2,p=1"));
}

/// A disabled account (deletion under way) cannot sign in, and answers like
/// a wrong password.
#[tokio::test]
async fn disabled_accounts_cannot_sign_in() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Nia", "nia@example.org").await;
    sqlx::query("UPDATE users SET disabled_at = 1")
        .execute(&t.db.pool)
        .await
        .unwrap();
    assert!(me(&app, &cookie).await.is_null());
    let reply = sign_in(&app, "nia@example.org", PASSWORD).await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("error-sign-in-failed"));
}

/// The first administrator comes from the command line with a one-time link,
/// never a default password.
#[tokio::test]
async fn create_admin_gives_a_link_to_set_the_password() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let link = auth::create_admin(&state, "root@example.org", "Site Admin")
        .await
        .unwrap();
    let token = link.split("token=").nth(1).unwrap();
    let (_, hash, ..) = user_row(&t, "root@example.org").await;
    assert!(hash.is_none());
    let set = call(
        &app,
        "/api/auth/reset-password",
        None,
        &[("token", token), ("password", "admin passphrase here")],
    )
    .await;
    assert_eq!(set.status, 200, "{}", set.body);
    let cookie =
        session_cookie(&sign_in(&app, "root@example.org", "admin passphrase here").await).unwrap();
    assert_eq!(me(&app, &cookie).await["role"], "admin");
}
