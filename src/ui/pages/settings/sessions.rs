//! The browsers signed in to the account, each with its own sign-out, a
//! sign-out everywhere, and the account's recent security history.

use super::{RequireSignIn, SettingsNav};
use crate::api::auth::account::{
    RevokeSession, SignOutEverywhere, list_account_events, list_sessions,
};
use crate::model::account::SessionInfo;
use crate::model::format::utc_datetime;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::Notice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SessionsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("settings-sessions") />
        <RequireSignIn>
            <section class="settings" aria-labelledby="settings-title">
                <h1 id="settings-title">{i18n.t("settings-title")}</h1>
                <SettingsNav current="sessions" />
                <Notice known=&["session-ended"] />
                <SessionList />
                <History />
            </section>
        </RequireSignIn>
    }
}

#[component]
fn SessionList() -> impl IntoView {
    let i18n = use_i18n();
    let revoke = ServerAction::<RevokeSession>::new();
    let everywhere = ServerAction::<SignOutEverywhere>::new();
    let sessions = Resource::new(move || revoke.version().get(), |_| list_sessions());
    let row = move |s: SessionInfo| {
        let device = if s.device.is_empty() {
            i18n.t("sessions-unknown-device")
        } else {
            s.device.clone()
        };
        view! {
            <li class="session">
                <div>
                    <p class="session-device">
                        {device}
                        {s.current.then(|| view! { <span class="badge">{i18n.t("sessions-this-device")}</span> })}
                    </p>
                    <p class="muted">
                        {i18n.t_with("sessions-last-seen", &[("when", utc_datetime(s.last_seen_at).into())])}
                        " · "
                        {i18n.t_with("sessions-started", &[("when", utc_datetime(s.created_at).into())])}
                        " · "
                        {i18n.t(if s.remembered { "sessions-remembered" } else { "sessions-browser" })}
                    </p>
                </div>
                <ActionForm action=revoke>
                    <input type="hidden" name="id" value=s.id.clone() />
                    <button type="submit" class="button button-secondary button-small">{i18n.t("sessions-sign-out")}</button>
                </ActionForm>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{i18n.t("settings-sessions")}</h2>
            <p class="muted">{i18n.t("sessions-lede")}</p>
            <Suspense>
                {move || sessions.get().map(|r| match r {
                    Ok(list) => view! { <ul class="session-list">{list.into_iter().map(row).collect_view()}</ul> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Suspense>
            <ActionForm action=everywhere>
                <button type="submit" class="button button-danger">{i18n.t("sessions-sign-out-everywhere")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn History() -> impl IntoView {
    let i18n = use_i18n();
    let events = Resource::new(|| (), |_| list_account_events());
    view! {
        <section class="card" aria-labelledby="history-title">
            <h2 id="history-title">{i18n.t("history-title")}</h2>
            <Suspense>
                {move || events.get().map(|r| match r {
                    Ok(list) => view! {
                        <ul class="history">
                            {list.into_iter().map(|e| view! {
                                <li>
                                    <span>{i18n.t(&format!("event-{}", e.kind.replace('_', "-")))}</span>
                                    <span class="muted">{utc_datetime(e.at)} " " {e.device}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
