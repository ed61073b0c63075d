//! `/admin/support` and `/admin/support/:id`: the support queue for staff
//! (P12, P20). The list shows no subject or name; opening a ticket asks
//! for a reason, which is written to the audit log, and the reason's entry
//! is the access the page then carries (`?access=`) for half an hour.

use super::StaffOnly;
use crate::api::support::{
    CloseAsStaff, OpenTicketAsStaff, ReplyAsStaff, get_ticket_as_staff, list_all_tickets,
};
use crate::error::AppError;
use crate::model::format::utc_datetime;
use crate::model::support::{BODY_MAX_CHARS, Ticket, TicketSummary, reference};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Field, FormError, Notice, last_error};
use crate::ui::components::inputs::TextArea;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::settings::ticket_thread;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

fn status_label(status: &str) -> &'static str {
    match status {
        "answered" => "support-status-answered",
        "closed" => "support-status-closed",
        _ => "support-status-open",
    }
}

#[component]
pub fn AdminSupportPage() -> impl IntoView {
    let i18n = use_i18n();
    let tickets = Resource::new(|| (), |_| list_all_tickets());
    let row = move |t: TicketSummary| {
        view! {
            <li>
                <a href=format!("/admin/support/{}", t.id)>
                    {i18n.t_with("support-ticket-ref", &[("reference", reference(&t.id).into())])}
                </a>
                <span class="muted">
                    <span class=format!("badge ticket-{}", t.status)>{i18n.t(status_label(&t.status))}</span>
                    " · " {i18n.t_with("support-messages-count", &[("count", t.messages.into())])}
                    " · " {i18n.t_with("support-updated", &[("when", utc_datetime(t.updated_at).into())])}
                </span>
            </li>
        }
    };
    view! {
        <Title text=i18n.t("admin-support-title") />
        <StaffOnly>
            <section class="settings" aria-labelledby="admin-support-title">
                <h1 id="admin-support-title">{i18n.t("admin-support-title")}</h1>
                <p><a href="/admin">{i18n.t("admin-back")}</a></p>
                <p class="muted">{i18n.t("admin-support-lede")}</p>
                <section class="card" aria-labelledby="queue-title">
                    <h2 id="queue-title">{i18n.t("admin-support-queue")}</h2>
                    <Suspense>
                        {move || tickets.get().map(|r| match r {
                            Ok(list) if list.is_empty() => view! { <p>{i18n.t("admin-support-empty")}</p> }.into_any(),
                            Ok(list) => view! { <ul class="history ticket-list">{list.into_iter().map(row).collect_view()}</ul> }.into_any(),
                            Err(error) => view! { <ErrorNotice error /> }.into_any(),
                        })}
                    </Suspense>
                </section>
            </section>
        </StaffOnly>
    }
}

#[component]
pub fn AdminTicketPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let access = Memo::new(move |_| query.with(|q| q.get("access").unwrap_or_default()));
    let reply = ServerAction::<ReplyAsStaff>::new();
    let close = ServerAction::<CloseAsStaff>::new();
    let ticket = Resource::new(
        move || {
            (
                id.get(),
                access.get(),
                reply.version().get(),
                close.version().get(),
            )
        },
        |(id, access, ..)| async move {
            if access.is_empty() {
                Err(AppError::Forbidden)
            } else {
                get_ticket_as_staff(id, access).await
            }
        },
    );
    view! {
        <Title text=i18n.t("admin-support-title") />
        <StaffOnly>
            <section class="settings" aria-labelledby="admin-ticket-title">
                <h1 id="admin-ticket-title">
                    {move || i18n.t_with("support-ticket-ref", &[("reference", reference(&id.get()).into())])}
                </h1>
                <p><a href="/admin/support">{i18n.t("admin-support-back")}</a></p>
                <Notice known=&["reply-sent", "ticket-closed"] />
                <Transition>
                    {move || ticket.get().map(|r| match r {
                        Ok(ticket) => view! { <StaffTicket ticket access=access.get() reply close /> }.into_any(),
                        Err(AppError::Forbidden) => view! { <ReasonForm id=id.get() /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    })}
                </Transition>
            </section>
        </StaffOnly>
    }
}

/// Asked before the ticket's content is shown: why staff open it.
#[component]
fn ReasonForm(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<OpenTicketAsStaff>::new();
    let error = last_error(action.value());
    view! {
        <section class="card" aria-labelledby="reason-title">
            <h2 id="reason-title">{i18n.t("admin-support-reason-title")}</h2>
            <p class="muted">{i18n.t("admin-support-reason-lede")}</p>
            <ActionForm action>
                <FormError error />
                <input type="hidden" name="id" value=id />
                <Field name="reason" label=i18n.t("admin-support-reason") required=true
                    maxlength=300 error />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("admin-support-open")}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn StaffTicket(
    ticket: Ticket,
    access: String,
    reply: ServerAction<ReplyAsStaff>,
    close: ServerAction<CloseAsStaff>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = last_error(reply.value());
    let close_error = last_error(close.value());
    let closed = ticket.status == "closed";
    let id = ticket.id.clone();
    let (close_id, close_access) = (id.clone(), access.clone());
    view! {
        <section class="card" aria-labelledby="staff-ticket-subject">
            <h2 id="staff-ticket-subject">{ticket.subject.clone()}</h2>
            <p class="muted">
                {i18n.t_with("admin-support-from", &[("name", ticket.owner_name.clone().into())])}
                " · " {i18n.t(status_label(&ticket.status))}
            </p>
            {ticket_thread(i18n, &ticket, true)}
        </section>
        <section class="card" aria-labelledby="staff-reply-title">
            <h2 id="staff-reply-title">{i18n.t("support-reply-title")}</h2>
            <ActionForm action=reply>
                <FormError error />
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="access" value=access />
                <TextArea id="field-message".to_string() name="message"
                    label=i18n.t("support-field-message") value=String::new()
                    maxlength=BODY_MAX_CHARS error />
                <button type="submit" class="button" disabled=move || reply.pending().get()>
                    {i18n.t("admin-support-reply-send")}
                </button>
            </ActionForm>
            {(!closed).then(move || view! {
                <ActionForm action=close>
                    <FormError error=close_error />
                    <input type="hidden" name="id" value=close_id />
                    <input type="hidden" name="access" value=close_access />
                    <button type="submit" class="button button-secondary">{i18n.t("support-close")}</button>
                </ActionForm>
            })}
        </section>
    }
}
