//! Security events are logged (ASVS 16.3): a failed sign-in, a locked
//! account, a request for another person's record or for a staff tool,
//! and a refused rate limit each write one line under
//! the `security` target, naming the account by its id, never the address,
//! the password or the query string.

use crate::common::account::{call, sign_in, sign_up};
use crate::common::boards::fx_board;
use crate::common::*;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// Every security event logged by this test binary: a process-wide
/// subscriber, since a per-thread one misses events whose call sites other
/// test threads reached first. Tests tell their lines apart by account id.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn events(&self) -> Vec<String> {
        String::from_utf8_lossy(&self.0.lock().unwrap())
            .lines()
            .filter(|l| l.contains("security event"))
            .map(str::to_string)
            .collect()
    }
}

fn captured() -> Captured {
    static LOG: std::sync::OnceLock<Captured> = std::sync::OnceLock::new();
    LOG.get_or_init(|| {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter("security=warn")
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("the only global subscriber");
        captured
    })
    .clone()
}

#[tokio::test]
async fn refusals_and_failed_sign_ins_are_logged_as_security_events() {
    let captured = captured();
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let owner = fx_board(&app, "owner@example.org").await;
    let other = sign_up(&app, "Other", "other@example.org").await;
    let (owner_id, ..) = crate::common::account::user_row(&t, "owner@example.org").await;
    let (other_id, ..) = crate::common::account::user_row(&t, "other@example.org").await;

    let wrong = "not-the-password-at-all";
    for _ in 0..5 {
        assert_eq!(sign_in(&app, "owner@example.org", wrong).await.status, 422);
    }
    assert_eq!(sign_in(&app, "owner@example.org", wrong).await.status, 429);
    sign_in(&app, "nobody@example.org", wrong).await;
    let reply = call(
        &app,
        "/api/boards/get",
        Some(&other),
        &[("id", &owner.board)],
    )
    .await;
    assert_eq!(reply.status, 404);
    let reply = call(&app, "/api/admin/audit", Some(&other), &[]).await;
    // Staff tools answer a person as if they did not exist.
    assert_eq!(reply.status, 404, "{}", reply.body);

    let events = captured.events();
    let has = |name: &str, account: &str| {
        events
            .iter()
            .any(|l| l.contains(&format!("event=\"{name}\"")) && l.contains(account))
            || events
                .iter()
                .any(|l| l.contains(&format!("event={name}")) && l.contains(account))
    };
    assert!(has("sign_in_failed", &owner_id), "{events:#?}");
    assert!(has("sign_in_locked", &owner_id), "{events:#?}");
    assert!(has("rate_limited", "/api/auth/sign-in"), "{events:#?}");
    assert!(
        has("sign_in_failed", "account=\"-\""),
        "an address without an account: {events:#?}"
    );
    assert!(has("not_found", &other_id), "{events:#?}");
    assert!(
        events
            .iter()
            .any(|l| l.contains("/api/admin/audit") && l.contains(&other_id)),
        "{events:#?}"
    );
    for line in &events {
        assert!(!line.contains("example.org"), "no address: {line}");
        assert!(!line.contains(wrong), "no password: {line}");
    }
}
