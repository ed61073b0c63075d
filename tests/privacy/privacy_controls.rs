//! The restriction switch (P27), the objection switches and the one-click
//! unsubscribe (P28), through the router. Each test runs on SQLite and on
//! PostgreSQL.

use crate::common::account::*;
use crate::common::boards::ok;
use crate::common::mail::make_due;
use crate::common::*;
use axum::body::Body;

async fn controls(app: &axum::Router, cookie: &str) -> serde_json::Value {
    ok(app, "/api/privacy/controls", cookie, &[]).await
}

/// Runs the tips job now instead of in three days, then sends the mail.
async fn run_tips_now(t: &TestDb, state: &offerline::server::state::AppState) {
    make_due(t).await;
    run_jobs(state).await;
}

/// (kind, status, last error) of the messages queued for `to`, newest first.
async fn outbox_of(t: &TestDb, to: &str) -> Vec<(String, String, Option<String>)> {
    sqlx::query_as(
        "SELECT kind, status, last_error FROM outbox WHERE to_address = $1 ORDER BY created_at DESC, id DESC",
    )
    .bind(to)
    .fetch_all(&t.db.pool)
    .await
    .unwrap()
}

async fn verify(t: &TestDb, app: &axum::Router, email: &str) {
    let token = token_sent_to(t, email, "/verify-email").await;
    let reply = call(app, "/api/auth/verify-email", None, &[("token", &token)]).await;
    assert!(reply.status < 400, "{}", reply.body);
}

/// The `.eml` file of the newest message of `kind` to `to`.
async fn eml(t: &TestDb, to: &str, kind: &str) -> String {
    let (id,): (String,) = sqlx::query_as(
        "SELECT id FROM outbox WHERE to_address = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1",
    )
    .bind(to)
    .bind(kind)
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    std::fs::read_to_string(t.dir.path().join("outbox").join(format!("{id}.eml")))
        .expect("the .eml of the message")
}

/// P27: freezing processing stops non-essential email (the tips email is
/// not sent), keeps the data viewable, shows since when, and is written to
/// the account's history; resuming lifts it.
#[tokio::test]
async fn p27_restriction_freezes_product_email_and_keeps_the_data() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Rita Restrict", "rita@example.org").await;
    verify(&t, &app, "rita@example.org").await;
    assert!(controls(&app, &cookie).await["restricted_since"].is_null());

    ok(
        &app,
        "/api/privacy/restrict",
        &cookie,
        &[("restricted", "on")],
    )
    .await;
    let now = controls(&app, &cookie).await;
    assert!(now["restricted_since"].is_i64(), "{now}");
    run_tips_now(&t, &state).await;
    assert!(
        !outbox_of(&t, "rita@example.org")
            .await
            .iter()
            .any(|(kind, status, _)| kind == "product_tips" && status == "sent"),
        "no product email while restricted"
    );
    // The data stays viewable (and exportable) while restricted.
    let boards = call(&app, "/api/boards/list", Some(&cookie), &[]).await;
    assert_eq!(boards.status, 200, "{}", boards.body);
    let history = ok(&app, "/api/account/events", &cookie, &[]).await;
    assert!(history.to_string().contains("restricted"), "{history}");

    ok(
        &app,
        "/api/privacy/restrict",
        &cookie,
        &[("restricted", "off")],
    )
    .await;
    assert!(controls(&app, &cookie).await["restricted_since"].is_null());
}

/// P28: each purpose has its own switch, kept per account; an unticked box
/// objects. Product email queued before the objection is not sent after it.
#[tokio::test]
async fn p28_objection_switches_are_kept_and_stop_queued_product_email() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Otto Object", "otto@example.org").await;
    verify(&t, &app, "otto@example.org").await;
    let before = controls(&app, &cookie).await;
    assert_eq!(before["objects_analytics"], false);
    assert_eq!(before["objects_product_email"], false);

    // The tips email is queued, then the person objects before it goes.
    make_due(&t).await;
    let worker = crate::common::mail::worker(&state);
    // Run only the tips job (it queues the message and its send job).
    while worker.run_once().await.unwrap() {
        let queued = outbox_of(&t, "otto@example.org").await;
        if queued.iter().any(|(kind, ..)| kind == "product_tips") {
            break;
        }
    }
    ok(
        &app,
        "/api/privacy/objections",
        &cookie,
        &[("analytics", "on"), ("ai", "on")],
    )
    .await;
    run_jobs(&state).await;
    let tips: Vec<_> = outbox_of(&t, "otto@example.org")
        .await
        .into_iter()
        .filter(|(kind, ..)| kind == "product_tips")
        .collect();
    assert_eq!(tips.len(), 1);
    assert_eq!(tips[0].1, "failed", "suppressed, not sent");
    assert!(tips[0].2.as_deref().unwrap_or("").contains("suppressed"));

    let after = controls(&app, &cookie).await;
    assert_eq!(after["objects_product_email"], true);
    assert_eq!(after["objects_analytics"], false);
    assert_eq!(after["objects_ai"], false);
    ok(&app, "/api/privacy/objections", &cookie, &[]).await;
    let all_off = controls(&app, &cookie).await;
    assert_eq!(all_off["objects_analytics"], true);
    assert_eq!(all_off["objects_ai"], true);
}

/// P28: product email carries RFC 8058 one-click unsubscribe headers and a
/// link that works without signing in; the POST alone unsubscribes, a GET
/// changes nothing, and a forged token is refused.
#[tokio::test]
async fn p28_every_product_email_has_a_one_click_unsubscribe() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Una Sub", "una@example.org").await;
    verify(&t, &app, "una@example.org").await;
    run_tips_now(&t, &state).await;
    let tips = outbox_of(&t, "una@example.org").await;
    assert!(
        tips.iter()
            .any(|(kind, status, _)| kind == "product_tips" && status == "sent"),
        "{tips:?}"
    );
    let message = eml(&t, "una@example.org", "product_tips").await;
    assert!(
        message.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{message}"
    );
    let start = message
        .find("List-Unsubscribe: <")
        .expect("List-Unsubscribe header")
        + 19;
    let url = &message[start..start + message[start..].find('>').unwrap()];
    let path = url
        .strip_prefix("http://offerline.test")
        .expect("absolute link to this site");
    assert!(path.starts_with("/email/unsubscribe?token="), "{path}");
    // Essential mail never carries one.
    assert!(
        !eml(&t, "una@example.org", "verify_email")
            .await
            .contains("List-Unsubscribe")
    );
    // The body links to the page that asks for the click.
    let (_, _, text) = emails_to(&t, "una@example.org")
        .await
        .into_iter()
        .find(|(kind, ..)| kind == "product_tips")
        .unwrap();
    assert!(
        text.contains("http://offerline.test/unsubscribe?token="),
        "{text}"
    );

    // Opening the link changes nothing.
    let opened = send(&app, get(path).body(Body::empty()).unwrap()).await;
    assert_eq!(opened.status, 303);
    let page = opened.headers["location"].to_str().unwrap().to_string();
    assert!(page.starts_with("/unsubscribe?token="));
    let shown = send(&app, get(&page).body(Body::empty()).unwrap()).await;
    assert_eq!(shown.status, 200);
    assert!(
        shown.body.contains("action=\"/email/unsubscribe?token="),
        "the page offers the button"
    );
    assert_eq!(
        controls(&app, &cookie).await["objects_product_email"],
        false
    );

    // A forged token is refused.
    let forged = send(
        &app,
        post_form(&format!("{}0", path))
            .body(Body::from("List-Unsubscribe=One-Click"))
            .unwrap(),
    )
    .await;
    assert_eq!(forged.status, 404);
    // The mail client's one-click POST: no cookie, no Origin.
    let clicked = send(
        &app,
        post_form(path)
            .body(Body::from("List-Unsubscribe=One-Click"))
            .unwrap(),
    )
    .await;
    assert_eq!(clicked.status, 200, "{}", clicked.body);
    assert_eq!(controls(&app, &cookie).await["objects_product_email"], true);
}
