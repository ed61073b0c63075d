//! Server functions of support (P12): the signed-in person's tickets, and
//! the staff side, where every look at a ticket needs a stated reason
//! (P20). Staff endpoints answer `NotFound` to anyone else.

use crate::error::AppError;
use crate::model::support::{Ticket, TicketSummary};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos::server_fn::ServerFn;

#[cfg(feature = "ssr")]
fn ticket_page(id: &str) -> String {
    format!("/settings/support/{id}")
}

#[cfg(feature = "ssr")]
fn staff_page(id: &str, access: &str) -> String {
    format!("/admin/support/{id}?access={access}")
}

/// Sends the contact form: opens a ticket; returns its id.
#[server(endpoint = "support/open")]
pub async fn open_ticket(subject: String, message: String) -> Result<String, AppError> {
    crate::api::respond(async move |caller| {
        let id =
            crate::server::support::open_ticket(&caller.state, &caller.scope, &subject, &message)
                .await
                .inspect_err(|err| {
                    let typed = [("subject", subject.as_str()), ("message", message.as_str())];
                    caller.back_with_typed(err, OpenTicket::PATH, "/settings/support", &typed);
                })?;
        leptos_axum::redirect(&format!("{}?notice=ticket-sent", ticket_page(&id)));
        Ok(id)
    })
    .await
}

/// The signed-in person's tickets.
#[server(endpoint = "support/mine")]
pub async fn list_my_tickets() -> Result<Vec<TicketSummary>, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::support::own_tickets(&caller.state, &caller.scope).await
    })
    .await
}

/// One of the signed-in person's tickets, with its thread.
#[server(endpoint = "support/ticket")]
pub async fn get_my_ticket(id: String) -> Result<Ticket, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::support::own_ticket(&caller.state, &caller.scope, &id).await
    })
    .await
}

#[server(endpoint = "support/reply")]
pub async fn reply_to_ticket(id: String, message: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::support::reply_as_user(&caller.state, &caller.scope, &id, &message)
            .await
            .inspect_err(|err| {
                let typed = [("message", message.as_str())];
                caller.back_with_typed(err, ReplyToTicket::PATH, &ticket_page(&id), &typed);
            })?;
        crate::api::redirect_plain(&format!("{}?notice=reply-sent", ticket_page(&id)));
        Ok(())
    })
    .await
}

#[server(endpoint = "support/close")]
pub async fn close_my_ticket(id: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::support::close_own(&caller.state, &caller.scope, &id).await?;
        crate::api::redirect_plain(&format!("{}?notice=ticket-closed", ticket_page(&id)));
        Ok(())
    })
    .await
}

/// Every ticket, for staff: status and dates only.
#[server(endpoint = "admin/support/list")]
pub async fn list_all_tickets() -> Result<Vec<TicketSummary>, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::support::staff_tickets(&caller.state, &caller.scope).await
    })
    .await
}

/// Staff give their reason for opening a ticket; the audit entry written
/// is their access, and the page opens with it.
#[server(endpoint = "admin/support/open")]
pub async fn open_ticket_as_staff(id: String, reason: String) -> Result<String, AppError> {
    crate::api::respond(async move |caller| {
        let access =
            crate::server::support::grant_access(&caller.state, &caller.scope, &id, &reason)
                .await?;
        leptos_axum::redirect(&staff_page(&id, &access));
        Ok(access)
    })
    .await
}

/// A ticket with its thread, for staff who gave a reason (`access`).
#[server(endpoint = "admin/support/ticket")]
pub async fn get_ticket_as_staff(id: String, access: String) -> Result<Ticket, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::support::staff_ticket(&caller.state, &caller.scope, &id, &access).await
    })
    .await
}

#[server(endpoint = "admin/support/reply")]
pub async fn reply_as_staff(id: String, access: String, message: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::support::reply_as_staff(
            &caller.state,
            &caller.scope,
            &id,
            &access,
            &message,
        )
        .await?;
        crate::api::redirect_plain(&format!("{}&notice=reply-sent", staff_page(&id, &access)));
        Ok(())
    })
    .await
}

#[server(endpoint = "admin/support/close")]
pub async fn close_as_staff(id: String, access: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::support::close_as_staff(&caller.state, &caller.scope, &id, &access).await?;
        crate::api::redirect_plain(&format!(
            "{}&notice=ticket-closed",
            staff_page(&id, &access)
        ));
        Ok(())
    })
    .await
}
