//! The card beside its board: `/boards/:id?card=…` opens a card's detail
//! in a panel next to the columns on wide screens, and over the whole
//! screen on narrow ones, so a card has an address to bookmark while the
//! board stays in view. Escape or the close link shuts it; a save
//! refreshes the board.

use super::card_page::{CardDetail, suggestions};
use crate::api::boards::cards::get_card;
use crate::api::companies::company_names;
use crate::error::AppError;
use crate::model::card::FullCard;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;

/// The open card, if any, and the company names its form suggests.
#[derive(Clone, Copy)]
pub(super) struct PanelData {
    card: Resource<Result<Option<FullCard>, AppError>>,
    names: Resource<Result<Vec<String>, AppError>>,
    /// Bumped by each change made in the panel.
    pub reload: RwSignal<u32>,
}

impl PanelData {
    /// Made by the page itself, so the panel's data is part of the
    /// server's first answer.
    pub fn new() -> Self {
        let query = use_query_map();
        let open = Memo::new(move |_| query.with(|q| q.get("card")));
        let reload = RwSignal::new(0u32);
        let card = Resource::new(
            move || (open.get(), reload.get()),
            |(id, _)| async move {
                match id {
                    Some(id) => get_card(id).await.map(Some),
                    None => Ok(None),
                }
            },
        );
        let names = Resource::new(
            move || open.with(Option::is_some),
            |open| async move {
                if open {
                    company_names().await
                } else {
                    Ok(Vec::new())
                }
            },
        );
        PanelData {
            card,
            names,
            reload,
        }
    }
}

/// This board's address with `card` set to `id` (other parameters, such
/// as filters, kept).
pub(super) fn card_link(query: &ParamsMap, id: &str) -> String {
    let mut q = query.clone();
    q.replace("card", id.to_string());
    format!("?{}", q.to_query_string().trim_start_matches('?'))
}

/// This board's address without the open card.
fn close_link(query: &ParamsMap, board_id: &str) -> String {
    let mut q = query.clone();
    q.remove("card");
    match q.to_query_string().trim_start_matches('?') {
        "" => format!("/boards/{board_id}"),
        rest => format!("/boards/{board_id}?{rest}"),
    }
}

#[component]
pub(super) fn CardPanel(data: PanelData, board_id: String) -> impl IntoView {
    view! {
        <Suspense>
            {move || data.card.get().map(|r| match r {
                Ok(Some(card)) => view! {
                    <Panel card names=suggestions(data.names) reload=data.reload board_id=board_id.clone() />
                }.into_any(),
                Ok(None) => ().into_any(),
                Err(error) => view! {
                    <aside class="card-panel"><ErrorNotice error /></aside>
                }.into_any(),
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Panel(
    card: FullCard,
    names: Signal<Vec<String>>,
    reload: RwSignal<u32>,
    board_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let close = Memo::new(move |_| query.with(|q| close_link(q, &board_id)));
    let node = NodeRef::<leptos::html::Aside>::new();
    // Focus moves into the panel when it opens, for keyboard and screen
    // reader users.
    Effect::new(move |_| {
        if let Some(panel) = node.get() {
            let _ = panel.focus();
        }
    });
    let navigate = use_navigate();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            navigate(&close.get_untracked(), Default::default());
        }
    };
    view! {
        <aside class="card-panel" node_ref=node tabindex="-1" aria-labelledby="card-title" on:keydown=on_key>
            <a class="card-panel-close button button-small button-secondary" href=move || close.get()>
                {i18n.t("card-panel-close")}
            </a>
            <CardDetail card names reload panel=true />
        </aside>
    }
    .into_any()
}
