//! The staff side of support (P20): the queue without subjects or names,
//! and a ticket's content only after a stated reason, each act written to
//! the audit log with a keyed hash of the person.

use super::{ANSWERED, CLOSED_STATUS, check_body, page_link, repo, summary, thread};
use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::model::support::{Ticket, TicketSummary};
use crate::server::admin::{self, Access, Entry, subject_hash};
use crate::server::auth::accounts;
use crate::server::mail::{self, Outgoing, Template};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use repo::{NewMessage, TicketRow};

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

/// Every ticket, for staff: status and dates, no subject or name.
pub async fn staff_tickets(
    state: &AppState,
    scope: &Scope,
) -> Result<Vec<TicketSummary>, AppError> {
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
        actor_id: Some(staff.user_id.clone()),
        action,
        subject_hash: subject_hash(state, &ticket.user_id),
        reason: format!("{}{reason}", reason_prefix(&ticket.id)),
    };
    admin::audit(scope, &state.db, &entry, now_ms()).await?;
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
        "" => Err(FieldError::new("reason", "error-required")),
        r if r.chars().count() > REASON_MAX_CHARS => {
            Err(FieldError::too_long("reason", REASON_MAX_CHARS))
        }
        r if r.chars().any(char::is_control) => {
            Err(FieldError::new("reason", "error-text-invalid"))
        }
        _ => Ok(()),
    };
    if let Err(error) = check {
        return Err(AppError::Validation(vec![error]));
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
    let grant = Access {
        action: VIEWED,
        subject_hash: &subject_hash(state, &ticket.user_id),
        reason_prefix: &reason_prefix(&ticket.id),
        since: now_ms() - ACCESS_MS,
    };
    let allowed = admin::grants(scope, &state.db, access, &grant).await?;
    if allowed {
        Ok(ticket)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The ticket with its thread and the owner's name, for staff with access.
pub async fn staff_ticket(
    state: &AppState,
    scope: &Scope,
    id: &str,
    access: &str,
) -> Result<Ticket, AppError> {
    let ticket = accessible(state, scope, id, access).await?;
    let owner = accounts::find(&Scope::System, &state.db, &ticket.user_id).await?;
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
    let owner = accounts::find(&Scope::System, &state.db, &ticket.user_id).await?;
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
