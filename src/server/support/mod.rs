//! Support (P12, P20): the contact form in settings opens a ticket, which
//! is stored and emailed to the support inbox (`OFFERLINE_SUPPORT_EMAIL`,
//! when set); the person and staff then write back and forth on it.
//!
//! Staff reach a ticket's content only by giving a reason: that writes an
//! audit entry (who, whose data as a keyed hash, why, when), and the
//! entry's id is their access to that ticket for the next 30 minutes.
//! Staff lists show no subject or name. SQL in `repo.rs`.

pub mod repo;
mod staff;

pub use staff::*;

use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::model::support::{
    BODY_MAX_CHARS, SUBJECT_MAX_CHARS, Ticket, TicketMessage, TicketSummary, reference,
};
use crate::server::mail::{self, Outgoing, Template};
use crate::server::ratelimit::{self, Limit};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use crate::server::validation;
use repo::{NewMessage, SummaryRow, TicketRow};

const HOUR_MS: i64 = 60 * 60 * 1000;
/// New tickets one account may open.
pub const NEW_TICKETS: Limit = Limit {
    name: "support-ticket",
    max: 5,
    window_ms: HOUR_MS,
};
/// Replies one account may write.
pub const REPLIES: Limit = Limit {
    name: "support-reply",
    max: 30,
    window_ms: HOUR_MS,
};

pub const OPEN: &str = "open";
pub const ANSWERED: &str = "answered";
pub const CLOSED_STATUS: &str = "closed";

fn check_body(body: &str, errors: &mut Vec<FieldError>) {
    let result = if body.is_empty() {
        Err("error-required".into())
    } else {
        validation::long_text(body, BODY_MAX_CHARS)
    };
    if let Err(refusal) = result {
        errors.push(refusal.at("message"));
    }
}

fn summary(row: SummaryRow, with_subject: bool) -> TicketSummary {
    TicketSummary {
        id: row.id,
        subject: if with_subject {
            row.subject
        } else {
            String::new()
        },
        status: row.status,
        messages: row.messages,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

fn page_link(state: &AppState, path: &str) -> String {
    let mut url = state.config.base_url.clone();
    url.set_path(path);
    url.to_string()
}

/// Emails a message of `ticket` to the support inbox, when there is one.
async fn tell_support(
    state: &AppState,
    ticket: &TicketRow,
    body: &str,
    reply: bool,
) -> Result<(), AppError> {
    let Some(inbox) = &state.config.support_email else {
        return Ok(());
    };
    let full = state.config.support_email_full;
    let mail = Outgoing {
        to: inbox.to_string(),
        to_name: None,
        // The owner's: erasing the account removes the copy in the outbox.
        user_id: Some(ticket.user_id.clone()),
        locale: Locale::En,
        template: Template::SupportMessage {
            reference: reference(&ticket.id),
            // Only the reference and the link, unless configured: reading
            // the message in the app asks for a reason and is audited.
            subject: full.then(|| ticket.subject.clone()),
            body: full.then(|| body.to_string()),
            reply,
            link: page_link(state, &format!("/admin/support/{}", ticket.id)),
        },
    };
    mail::queue(state, &Scope::System, mail).await.map(|_| ())
}

/// Opens a ticket for the signed-in user; returns its id.
pub async fn open_ticket(
    state: &AppState,
    scope: &Scope,
    subject: &str,
    body: &str,
) -> Result<String, AppError> {
    let owner = scope.user_id()?.to_string();
    let (subject, body) = (subject.trim(), body.trim());
    let mut errors = Vec::new();
    let subject_ok = match subject {
        "" => Err(FieldError::new("subject", "error-required")),
        s if s.chars().count() > SUBJECT_MAX_CHARS => {
            Err(FieldError::too_long("subject", SUBJECT_MAX_CHARS))
        }
        s if s.chars().any(char::is_control) => {
            Err(FieldError::new("subject", "error-text-invalid"))
        }
        _ => Ok(()),
    };
    if let Err(error) = subject_ok {
        errors.push(error);
    }
    check_body(body, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let now = now_ms();
    ratelimit::hit(state, &NEW_TICKETS, &owner, now).await?;
    let id = uuid::Uuid::now_v7().to_string();
    let first = NewMessage {
        id: uuid::Uuid::now_v7().to_string(),
        ticket_id: &id,
        user_id: &owner,
        author: "user",
        staff_id: None,
        body,
    };
    repo::create(scope, &state.db, &id, subject, &first, now).await?;
    let ticket = repo::get_own(scope, &state.db, &id).await?;
    tell_support(state, &ticket, body, false).await?;
    Ok(id)
}

/// The signed-in user's tickets.
pub async fn own_tickets(state: &AppState, scope: &Scope) -> Result<Vec<TicketSummary>, AppError> {
    Ok(repo::list_own(scope, &state.db)
        .await?
        .into_iter()
        .map(|row| summary(row, true))
        .collect())
}

async fn thread(
    state: &AppState,
    scope: &Scope,
    ticket: TicketRow,
    owner_name: String,
) -> Result<Ticket, AppError> {
    let messages = repo::messages(scope, &state.db, &ticket)
        .await?
        .into_iter()
        .map(|m| TicketMessage {
            author: m.author,
            body: m.body,
            created_at: m.created_at,
        })
        .collect();
    Ok(Ticket {
        id: ticket.id,
        subject: ticket.subject,
        status: ticket.status,
        created_at: ticket.created_at,
        owner_name,
        messages,
    })
}

/// One of the signed-in user's tickets with its thread.
pub async fn own_ticket(state: &AppState, scope: &Scope, id: &str) -> Result<Ticket, AppError> {
    let ticket = repo::get_own(scope, &state.db, id).await?;
    thread(state, scope, ticket, String::new()).await
}

/// The owner writes on their ticket; it is open again, and support is told.
pub async fn reply_as_user(
    state: &AppState,
    scope: &Scope,
    id: &str,
    body: &str,
) -> Result<(), AppError> {
    let ticket = repo::get_own(scope, &state.db, id).await?;
    let body = body.trim();
    let mut errors = Vec::new();
    check_body(body, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let now = now_ms();
    ratelimit::hit(state, &REPLIES, &ticket.user_id, now).await?;
    let msg = NewMessage {
        id: uuid::Uuid::now_v7().to_string(),
        ticket_id: &ticket.id,
        user_id: &ticket.user_id,
        author: "user",
        staff_id: None,
        body,
    };
    repo::add_message(scope, &state.db, &ticket, &msg, OPEN, now).await?;
    tell_support(state, &ticket, body, true).await
}

/// The owner closes their ticket.
pub async fn close_own(state: &AppState, scope: &Scope, id: &str) -> Result<(), AppError> {
    let ticket = repo::get_own(scope, &state.db, id).await?;
    repo::set_status(scope, &state.db, &ticket, CLOSED_STATUS, now_ms()).await
}
