//! `/settings/support`: the contact form (P12), which opens a ticket for
//! the support inbox, and the person's tickets.

use super::{RequireSignIn, SettingsNav};
use crate::api::support::{OpenTicket, list_my_tickets};
use crate::model::format::utc_datetime;
use crate::model::support::{BODY_MAX_CHARS, SUBJECT_MAX_CHARS, TicketSummary, reference};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Field, FormError, last_error};
use crate::ui::components::inputs::TextArea;
use crate::ui::i18n::{I18n, use_i18n};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SupportPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("settings-support") />
        <RequireSignIn>
            <section class="settings" aria-labelledby="settings-title">
                <h1 id="settings-title">{i18n.t("settings-title")}</h1>
                <SettingsNav current="support" />
                <ContactForm />
                <MyTickets />
            </section>
        </RequireSignIn>
    }
}

#[component]
fn ContactForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<OpenTicket>::new();
    let error = last_error(action.value());
    // What a refused plain form post had typed comes back in the address.
    let typed = |name: &str| use_query_map().with_untracked(|q| q.get(name).unwrap_or_default());
    let (subject, message) = (typed("subject"), typed("message"));
    view! {
        <section class="card" aria-labelledby="contact-title">
            <h2 id="contact-title">{i18n.t("support-contact-title")}</h2>
            <p class="muted">{i18n.t("support-contact-lede")}</p>
            <ActionForm action>
                <FormError error />
                <Field name="subject" label=i18n.t("support-field-subject") required=true
                    maxlength=SUBJECT_MAX_CHARS value=subject error />
                <TextArea id="field-message".to_string() name="message"
                    label=i18n.t("support-field-message") value=message
                    maxlength=BODY_MAX_CHARS error />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("support-send")}
                </button>
            </ActionForm>
        </section>
    }
}

/// The translated status of a ticket.
pub fn status_label(i18n: I18n, status: &str) -> String {
    match status {
        "answered" => i18n.t("support-status-answered"),
        "closed" => i18n.t("support-status-closed"),
        _ => i18n.t("support-status-open"),
    }
}

#[component]
fn MyTickets() -> impl IntoView {
    let i18n = use_i18n();
    let tickets = Resource::new(|| (), |_| list_my_tickets());
    let row = move |t: TicketSummary| {
        let href = format!("/settings/support/{}", t.id);
        view! {
            <li>
                <a href=href>{t.subject}</a>
                <span class="muted">
                    {i18n.t_with("support-ticket-ref", &[("reference", reference(&t.id).into())])}
                    " · " <span class=format!("badge ticket-{}", t.status)>{status_label(i18n, &t.status)}</span>
                    " · " {i18n.t_with("support-updated", &[("when", utc_datetime(t.updated_at).into())])}
                </span>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="tickets-title">
            <h2 id="tickets-title">{i18n.t("support-tickets-title")}</h2>
            <Suspense>
                {move || tickets.get().map(|r| match r {
                    Ok(list) if list.is_empty() => view! { <p>{i18n.t("support-tickets-empty")}</p> }.into_any(),
                    Ok(list) => view! { <ul class="history ticket-list">{list.into_iter().map(row).collect_view()}</ul> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
