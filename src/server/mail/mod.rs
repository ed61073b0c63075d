//! Outgoing email: the outbox, the templates and the transport.
//!
//! [`queue`] renders a [`Template`] in the recipient's language (a plain-text
//! and an HTML part), stores it as a row of the `outbox` table, and queues a
//! `mail.send` job that names the row. The job sends it through the
//! [`Mailer`] built at start-up: SMTP when `SMTP_URL` is set, otherwise one
//! `.eml` file per message in `<data dir>/outbox/`.
//!
//! # Delivery promises
//!
//! - **An accepted message is not lost.** Once `queue` returns, the row is
//!   stored. Its job is queued right after; if that fails, the recurring
//!   `mail.sweep` job queues one for every queued row older than a minute
//!   (the job's dedupe key `mail.send:<id>` keeps it to one queued job per
//!   message). A failed attempt leaves the row queued and the job retries
//!   with the queue's backoff; after the last attempt the row is `failed`,
//!   with the last error kept.
//! - **A retry or a crash does not send it twice.** The job sends only a row
//!   whose status is `queued`, and marks it `sent` right after the transport
//!   accepts it. The outbox id is the idempotency key: the Message-ID header
//!   is `<id@sender domain>` and the whole message (date, MIME boundary) is
//!   derived from the row, so every attempt produces the same bytes; the
//!   `.eml` file is named by the id and replaced atomically, so writing it
//!   again changes nothing.
//!
//! # The window that remains
//!
//! If the process dies, or the database stays unreachable, between the SMTP
//! server accepting a message and the row being marked `sent`, the row is
//! still `queued` and the job runs again after its lease expires: the
//! recipient gets a second copy, with the same Message-ID. SMTP has no
//! way to ask a server whether it already took a message, so this cannot be
//! closed here; it is kept to the few milliseconds of one UPDATE (retried
//! for a few seconds), and clients that deduplicate by Message-ID hide it.
//! With the `.eml` default the second write replaces the same file. Several
//! workers never send one message at the same time: the job lease (5 min)
//! is far longer than the SMTP timeout (30 s).
//!
//! # Privacy
//!
//! A message about an account carries its `user_id`; erasing the user
//! deletes its rows (`ON DELETE CASCADE`) and its jobs. Message bodies may
//! carry links that act on accounts: they are stored sealed with the
//! document key (`sealed.rs`) and emptied once the message is sent or
//! given up on, and they stay out of the person's data export. `mail.prune`
//! deletes sent and failed messages after 7 days. `.eml` files are
//! readable only by the server's user.

pub mod layout;
pub mod message;
pub mod repo;
pub mod sealed;
pub mod send;
pub mod template;
pub mod transport;

pub use template::Template;
pub use transport::{Delivery, Mailer};

use crate::error::AppError;
use crate::i18n::Locale;
use crate::server::jobs;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use lettre::Address;

/// A message to send.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub to: String,
    pub to_name: Option<String>,
    /// The account the message is about: erasing it removes the message.
    pub user_id: Option<String>,
    /// The recipient's language.
    pub locale: Locale,
    pub template: Template,
}

/// Where a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Queued,
    Sent,
    /// Given up on after the last attempt.
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Queued => "queued",
            Status::Sent => "sent",
            Status::Failed => "failed",
        }
    }

    pub fn parse(value: &str) -> Option<Status> {
        [Status::Queued, Status::Sent, Status::Failed]
            .into_iter()
            .find(|s| s.as_str() == value)
    }
}

/// A row of the outbox: a rendered message and how sending it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMail {
    pub id: String,
    pub user_id: Option<String>,
    pub to_address: String,
    pub to_name: Option<String>,
    pub locale: Locale,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    /// The template's name.
    pub kind: String,
    pub essential: bool,
    pub status: Status,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// Renders `mail` in its recipient's language, stores it and queues its
/// send job; returns the outbox id.
///
/// `scope` is who asks: `Scope::System` for the server's own decisions
/// (including those taken for a signed-out visitor, such as a password
/// reset), or a user, who may send only mail about their own account.
/// An invalid recipient address is a `Validation` error on `to`. Links must
/// lead to the configured public URL (`OFFERLINE_BASE_URL`), so a link can
/// never be built from a request's untrusted Host header.
pub async fn queue(state: &AppState, scope: &Scope, mail: Outgoing) -> Result<String, AppError> {
    let address: Address = mail
        .to
        .trim()
        .parse()
        .map_err(|_| AppError::field("to", "mail-address-invalid"))?;
    let origin = state.config.origin();
    for link in mail.template.links() {
        let same_origin = url::Url::parse(link)
            .map(|url| url.origin().ascii_serialization() == origin)
            .unwrap_or(false);
        if !same_origin {
            tracing::error!(kind = mail.template.kind(), "email link outside {origin}");
            return Err(AppError::internal());
        }
    }
    let rendered = mail.template.render(mail.locale);
    let stored = StoredMail {
        id: uuid::Uuid::now_v7().to_string(),
        user_id: mail.user_id,
        to_address: address.to_string(),
        to_name: mail
            .to_name
            .map(|name| name.chars().filter(|c| !c.is_control()).collect::<String>())
            .map(|name| name.trim().to_string())
            .filter(|name| !name.is_empty()),
        locale: mail.locale,
        subject: rendered.subject,
        text_body: rendered.text,
        html_body: rendered.html,
        kind: mail.template.kind().to_string(),
        essential: mail.template.essential(),
        status: Status::Queued,
        attempts: 0,
        last_error: None,
        created_at: now_ms(),
        sent_at: None,
    };
    repo::insert(
        scope,
        &state.db,
        &state.config.secrets.document_key,
        &stored,
    )
    .await?;
    // The message is accepted from here on: a failure to queue its job is
    // repaired by the sweep, not reported to the caller.
    if let Err(err) = jobs::enqueue(
        &state.db,
        send::send_job(&stored.id, stored.user_id.clone()),
    )
    .await
    {
        tracing::warn!(outbox = %stored.id, ?err, "message stored, but its send job was not queued; the sweep will queue it");
    }
    Ok(stored.id)
}
