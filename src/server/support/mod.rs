//! Support (P12, P20): the contact form in settings opens a ticket, which
//! is stored and emailed to the support inbox (`OFFERLINE_SUPPORT_EMAIL`,
//! when set); the person and staff then write back and forth on it.
//!
//! Staff reach a ticket's content only by giving a reason: that writes an
//! audit entry (who, whose data as a keyed hash, why, when), and the
//! entry's id is their access to that ticket for the next 30 minutes.
//! Staff lists show no subject or name. SQL in `repo.rs`.

pub mod repo;

use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::model::support::{
    BODY_MAX_CHARS, SUBJECT_MAX_CHARS, Ticket, TicketMessage, TicketSummary, reference,
};
use crate::server::admin::{repo::Entry, subject_hash};
use crate::server::mail::{self, Outgoing, Template};
use crate::server::ratelimit::{self, Limit};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use crate::server::validation;
use repo::{NewMessage, SummaryRow, TicketRow};

/// Audit action: staff opened a ticket, giving a reason.
pub const VIEWED: &str = "support.ticket_viewed";
/// Audit action: staff answered a ticket.
pub const REPLIED: &str = "support.ticket_replied";
/// Audit action: staff closed a ticket.
pub const CLOSED: &str = "support.ticket_closed";
/// How long a reason given for a ticket lets staff work on it.
pub const ACCESS_MS: i64 = 30 * 60 * 1000;
/// The longest reason, in characters.
pub const REASON_MAX_CHARS: usize = 300;

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
        Err("error-required")
    } else {
        validation::long_text(body, BODY_MAX_CHARS)
    };
    if let Err(key) = result {
        errors.push(FieldError::new("message", key));
    }
}

fn summary(row: SummaryRow, with_subject: bool) -> TicketSummary {
    TicketSummary {
        id: row.id,
        subject: if with_subject { row.subject } else { String::new() },
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
    let mail = Outgoing {
        to: inbox.to_string(),
        to_name: None,
        // The owner's: erasing the account removes the copy in the outbox.
        user_id: Some(ticket.user_id.clone()),
        locale: Locale::En,
        template: Template::SupportMessage {
            reference: reference(&ticket.id),
            subject: ticket.subject.clone(),
            body: body.to_string(),
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
        "" => Err("error-required"),
        s if s.chars().count() > SUBJECT_MAX_CHARS => Err("error-too-long"),
        s if s.chars().any(char::is_control) => Err("error-text-invalid"),
        _ => Ok(()),
    };
    if let Err(key) = subject_ok {
        errors.push(FieldError::new("subject", key));
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

/// Every ticket, for staff: status and dates, no subject or name.
pub async fn staff_tickets(state: &AppState, scope: &Scope) -> Result<Vec<TicketSummary>, AppError> {
    Ok(repo::list_for_staff(scope, &state.db, 200)
        .await?
        .into_iter()
        .map(|row| summary(row, false))
        .collect())
}

/// What an audit entry about `ticket` starts its reason with.
fn reason_prefix(ticket_id: &str) -> String {
    format!("ticket {ticket_id}: ")
}

async fn audit(
    state: &AppState,
    scope: &Scope,
    ticket: &TicketRow,
    action: &'static str,
    reason: &str,
) -> Result<String, AppError> {
    let staff = scope.staff()?;
    let entry = Entry {
        id: uuid::Uuid::now_v7().to_string(),
        actor_id: staff.user_id.clone(),
        action,
        subject_hash: subject_hash(state, &ticket.user_id),
        reason: format!("{}{reason}", reason_prefix(&ticket.id)),
    };
    repo::audit(scope, &state.db, &entry, now_ms()).await?;
    tracing::info!(action, "staff acted on a support ticket");
    Ok(entry.id)
}

/// A member of staff states why they open a ticket: the audit entry is
/// written, and its id is their access to the ticket for [`ACCESS_MS`].
pub async fn grant_access(
    state: &AppState,
    scope: &Scope,
    id: &str,
    reason: &str,
) -> Result<String, AppError> {
    scope.staff()?;
    let reason = reason.trim();
    let check = match reason {
        "" => Err("error-required"),
        r if r.chars().count() > REASON_MAX_CHARS => Err("error-too-long"),
        r if r.chars().any(char::is_control) => Err("error-text-invalid"),
        _ => Ok(()),
    };
    if let Err(key) = check {
        return Err(AppError::field("reason", key));
    }
    let ticket = repo::get_for_staff(scope, &state.db, id).await?;
    audit(state, scope, &ticket, VIEWED, reason).await
}

/// The ticket, when `access` is a fresh reason this staff member gave for
/// it; `Forbidden` otherwise (the page then asks for a reason).
async fn accessible(
    state: &AppState,
    scope: &Scope,
    id: &str,
    access: &str,
) -> Result<TicketRow, AppError> {
    let ticket = repo::get_for_staff(scope, &state.db, id).await?;
    let allowed = repo::has_access(
        scope,
        &state.db,
        access,
        VIEWED,
        &subject_hash(state, &ticket.user_id),
        &reason_prefix(&ticket.id),
        now_ms() - ACCESS_MS,
    )
    .await?;
    if allowed { Ok(ticket) } else { Err(AppError::Forbidden) }
}

/// The ticket with its thread and the owner's name, for staff with access.
pub async fn staff_ticket(
    state: &AppState,
    scope: &Scope,
    id: &str,
    access: &str,
) -> Result<Ticket, AppError> {
    let ticket = accessible(state, scope, id, access).await?;
    let owner = repo::owner(scope, &state.db, &ticket.user_id).await?;
    thread(state, scope, ticket, owner.name).await
}

/// Staff answer a ticket; it is marked answered and its owner is emailed.
pub async fn reply_as_staff(
    state: &AppState,
    scope: &Scope,
    id: &str,
    access: &str,
    body: &str,
) -> Result<(), AppError> {
    let ticket = accessible(state, scope, id, access).await?;
    let body = body.trim();
    let mut errors = Vec::new();
    check_body(body, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let staff_id = scope.staff()?.user_id.clone();
    let msg = NewMessage {
        id: uuid::Uuid::now_v7().to_string(),
        ticket_id: &ticket.id,
        user_id: &ticket.user_id,
        author: "staff",
        staff_id: Some(&staff_id),
        body,
    };
    repo::add_message(scope, &state.db, &ticket, &msg, ANSWERED, now_ms()).await?;
    audit(state, scope, &ticket, REPLIED, "reply").await?;
    let owner = repo::owner(scope, &state.db, &ticket.user_id).await?;
    let mail = Outgoing {
        to: owner.email.clone(),
        to_name: Some(owner.name.clone()),
        user_id: Some(owner.id.clone()),
        locale: Locale::from_tag(&owner.locale).unwrap_or_default(),
        template: Template::SupportReplied {
            name: owner.name,
            subject: ticket.subject.clone(),
            body: body.to_string(),
            link: page_link(state, &format!("/settings/support/{}", ticket.id)),
        },
    };
    mail::queue(state, &Scope::System, mail).await.map(|_| ())
}

/// Staff close a ticket.
pub async fn close_as_staff(
    state: &AppState,
    scope: &Scope,
    id: &str,
    access: &str,
) -> Result<(), AppError> {
    let ticket = accessible(state, scope, id, access).await?;
    repo::set_status(scope, &state.db, &ticket, CLOSED_STATUS, now_ms()).await?;
    audit(state, scope, &ticket, CLOSED, "closed").await?;
    Ok(())
}
