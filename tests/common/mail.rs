//! Helpers of the mail tests: messages, the job worker, outbox and job
//! rows, users and scopes.

use super::TestDb;
use offerline::i18n::Locale;
use offerline::server::jobs::Worker;
use offerline::server::mail::{Outgoing, StoredMail, Template, repo};
use offerline::server::scope::{Role, Scope, UserScope};
use offerline::server::state::AppState;

pub const LINK: &str = "http://offerline.test/account/verify?token=abc&step=1";

pub fn verify(name: &str) -> Template {
    Template::VerifyEmail {
        name: name.into(),
        link: LINK.into(),
    }
}

pub fn to(address: &str, locale: Locale, template: Template) -> Outgoing {
    Outgoing {
        to: address.into(),
        to_name: None,
        user_id: None,
        locale,
        template,
    }
}

pub fn every_template() -> Vec<Template> {
    vec![
        verify("Ana"),
        Template::PasswordReset {
            name: "Ana".into(),
            link: LINK.into(),
            minutes: 30,
        },
        Template::EmailChangeConfirm {
            name: "Ana".into(),
            link: LINK.into(),
            new_email: "ana.new@example.org".into(),
        },
        Template::EmailChangedNotice {
            name: "Ana".into(),
            new_email: "ana.new@example.org".into(),
        },
        Template::PasswordChanged { name: "Ana".into() },
        Template::AccountLocked {
            name: "Ana".into(),
            minutes: 15,
            reset_link: LINK.into(),
        },
        Template::PolicyUpdated {
            name: "Ana".into(),
            effective: "2027-01-15".into(),
            summary: "Support tickets are described.".into(),
            link: LINK.into(),
        },
        Template::SupportMessage {
            reference: "a1b2c3d4".into(),
            subject: Some("Export".into()),
            body: Some("Ana asks: where is my export?".into()),
            reply: false,
            link: LINK.into(),
        },
        Template::SupportReplied {
            name: "Ana".into(),
            subject: "Export".into(),
            body: "In Settings, Your data.".into(),
            link: LINK.into(),
        },
        Template::ExportReady {
            name: "Ana".into(),
            link: LINK.into(),
            expires: "2026-12-05 10:00 UTC".into(),
        },
    ]
}

pub fn worker(state: &AppState) -> Worker<AppState> {
    Worker::new(state.clone(), offerline::host::wiring::jobs())
}

pub async fn stored(t: &TestDb, id: &str) -> StoredMail {
    repo::get(&Scope::System, &t.db, &super::document_key(), id)
        .await
        .unwrap()
        .expect("outbox row")
}

/// A message's bodies as the outbox stores them (sealed).
pub async fn stored_bodies(t: &TestDb, id: &str) -> (String, String) {
    sqlx::query_as("SELECT text_body, html_body FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
}

/// Puts a sent message back as it was before it was marked sent (queued,
/// its stored `bodies` in place): the state a crash between handing it
/// over and marking it sent leaves.
pub async fn crash_before_marked_sent(t: &TestDb, id: &str, bodies: (String, String)) {
    sqlx::query(
        "UPDATE outbox SET status = 'queued', text_body = $2, html_body = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(bodies.0)
    .bind(bodies.1)
    .execute(&t.db.pool)
    .await
    .unwrap();
}

/// The newest send job of a message: (id, status, attempts, last error).
pub async fn send_job(t: &TestDb, outbox_id: &str) -> (String, String, i64, Option<String>) {
    sqlx::query_as(
        "SELECT id, status, attempts, last_error FROM jobs WHERE dedupe_key = $1 \
         ORDER BY created_at DESC, id DESC LIMIT 1",
    )
    .bind(format!("mail.send:{outbox_id}"))
    .fetch_one(&t.db.pool)
    .await
    .unwrap()
}

pub async fn count(t: &TestDb, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(&t.db.pool).await.unwrap();
    n
}

/// Makes every queued job due now, whatever its backoff said.
pub async fn make_due(t: &TestDb) {
    sqlx::query("UPDATE jobs SET run_at = 0 WHERE status = 'queued'")
        .execute(&t.db.pool)
        .await
        .unwrap();
}

pub async fn insert_user(t: &TestDb, id: &str, email: &str) {
    sqlx::query(
        "INSERT INTO users (id, email, name, created_at, updated_at) VALUES ($1, $2, 'Test', 0, 0)",
    )
    .bind(id)
    .bind(email)
    .execute(&t.db.pool)
    .await
    .unwrap();
}

pub fn user_scope(id: &str) -> Scope {
    Scope::User(UserScope::new(id, Role::User))
}
