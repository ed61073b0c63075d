//! `/settings/support/:id`: one of the person's tickets, its thread, a
//! reply form and a way to close it. Another person's ticket is not found.

use super::support::status_label;
use super::{RequireSignIn, SettingsNav};
use crate::api::support::{CloseMyTicket, ReplyToTicket, get_my_ticket};
use crate::model::format::utc_datetime;
use crate::model::support::{BODY_MAX_CHARS, Ticket, reference};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{FormError, Notice, last_error};
use crate::ui::components::inputs::TextArea;
use crate::ui::i18n::{I18n, use_i18n};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

const NOTICES: &[&str] = &["ticket-sent", "reply-sent", "ticket-closed"];

#[component]
pub fn SupportTicketPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let reply = ServerAction::<ReplyToTicket>::new();
    let close = ServerAction::<CloseMyTicket>::new();
    let ticket = Resource::new(
        move || (id.get(), reply.version().get(), close.version().get()),
        |(id, ..)| get_my_ticket(id),
    );
    view! {
        <Title text=i18n.t("settings-support") />
        <RequireSignIn>
            <section class="settings" aria-labelledby="settings-title">
                <h1 id="settings-title">{i18n.t("settings-title")}</h1>
                <SettingsNav current="support" />
                <p><a href="/settings/support">{i18n.t("support-back")}</a></p>
                <Notice known=NOTICES />
                <Transition>
                    {move || ticket.get().map(|r| match r {
                        Ok(ticket) => view! { <TicketView ticket reply close /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    })}
                </Transition>
            </section>
        </RequireSignIn>
    }
}

/// The thread of a ticket, oldest first; `staff` when staff read it.
pub fn thread(i18n: I18n, ticket: &Ticket, staff: bool) -> impl IntoView + use<> {
    let messages = ticket.messages.clone();
    let owner = ticket.owner_name.clone();
    view! {
        <ol class="ticket-thread">
            {messages.into_iter().map(|m| {
                let who = match (m.author.as_str(), staff) {
                    ("staff", _) => i18n.t("support-author-staff"),
                    (_, true) => owner.clone(),
                    _ => i18n.t("support-author-you"),
                };
                view! {
                    <li class=format!("ticket-message ticket-message-{}", m.author)>
                        <p class="muted"><strong>{who}</strong> " · " {utc_datetime(m.created_at)}</p>
                        <p class="ticket-body">{m.body}</p>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

#[component]
fn TicketView(
    ticket: Ticket,
    reply: ServerAction<ReplyToTicket>,
    close: ServerAction<CloseMyTicket>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = last_error(reply.value());
    let close_error = last_error(close.value());
    // What a refused plain form post had typed comes back in the address.
    let typed = use_query_map().with_untracked(|q| q.get("message").unwrap_or_default());
    let closed = ticket.status == "closed";
    let id = ticket.id.clone();
    let close_id = id.clone();
    view! {
        <section class="card" aria-labelledby="ticket-title">
            <h2 id="ticket-title">{ticket.subject.clone()}</h2>
            <p class="muted">
                {i18n.t_with("support-ticket-ref", &[("reference", reference(&ticket.id).into())])}
                " · " {status_label(i18n, &ticket.status)}
            </p>
            {thread(i18n, &ticket, false)}
        </section>
        <section class="card" aria-labelledby="reply-title">
            <h2 id="reply-title">{i18n.t("support-reply-title")}</h2>
            {closed.then(|| view! { <p class="muted">{i18n.t("support-closed-lede")}</p> })}
            <ActionForm action=reply>
                <FormError error />
                <input type="hidden" name="id" value=id />
                <TextArea id="field-message".to_string() name="message"
                    label=i18n.t("support-field-message") value=typed
                    maxlength=BODY_MAX_CHARS error />
                <button type="submit" class="button" disabled=move || reply.pending().get()>
                    {i18n.t("support-reply-send")}
                </button>
            </ActionForm>
            {(!closed).then(move || view! {
                <ActionForm action=close>
                    <FormError error=close_error />
                    <input type="hidden" name="id" value=close_id />
                    <button type="submit" class="button button-secondary">{i18n.t("support-close")}</button>
                </ActionForm>
            })}
        </section>
    }
}
