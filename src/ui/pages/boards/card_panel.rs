//! The card beside its board: `/boards/:id?card=…` opens a card's detail
//! in a panel next to the columns on wide screens, and over the whole
//! screen on narrow ones, so a card has an address to bookmark while the
//! board stays in view. The close link (and, once live, Escape) shuts it.

use super::card_page::{CardDetail, suggestions};
use crate::api::boards::cards::get_card;
use crate::api::companies::company_names;
use crate::error::AppError;
use crate::model::card::FullCard;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

/// The open card, if any, and the company names its form suggests.
#[derive(Clone, Copy)]
pub(super) struct PanelData {
    card: Resource<Result<Option<FullCard>, AppError>>,
    names: Resource<Result<Vec<String>, AppError>>,
}

impl PanelData {
    /// Made by the page itself, so the panel's data is part of the
    /// server's first answer.
    pub fn new() -> Self {
        let query = use_query_map();
        let open = Memo::new(move |_| query.with(|q| q.get("card")));
        let card = Resource::new(
            move || open.get(),
            |id| async move {
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
        PanelData { card, names }
    }
}

/// This board's address with `card=` last, for a card's id to follow
/// (other parameters, such as filters, kept). Worked out once a page.
pub(super) fn card_link_prefix(query: &ParamsMap) -> String {
    let mut q = query.clone();
    q.remove("card");
    // A card id is letters, digits and hyphens: safe in a query as it is.
    match q.to_query_string().trim_start_matches('?') {
        "" => "?card=".to_string(),
        rest => format!("?{rest}&card="),
    }
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
                    <Panel card names=suggestions(data.names) board_id=board_id.clone() />
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
fn Panel(card: FullCard, names: Signal<Vec<String>>, board_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let close = query.with_untracked(|q| close_link(q, &board_id));
    view! {
        <aside id="card-panel" class="card-panel" tabindex="-1" aria-labelledby="card-title">
            <PanelKeys close=close.clone()>
                <a class="card-panel-close button button-small button-secondary" href=close>
                    {i18n.t("card-panel-close")}
                </a>
                <CardDetail card names panel=true />
            </PanelKeys>
        </aside>
    }
    .into_any()
}

/// Once live, focus moves into the open panel (for keyboard and screen
/// reader users) and Escape closes it, going to `close`: pressed anywhere
/// in the panel, the panel itself included (where the focus lands when it
/// opens, outside this island's own children).
#[island]
fn PanelKeys(close: String, children: Children) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    if let Some(panel) = document()
        .get_element_by_id("card-panel")
        .and_then(|p| leptos::wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(p).ok())
    {
        let _ = panel.focus();
        let on_key = move |ev: leptos::ev::KeyboardEvent| {
            let from_panel = ev
                .target()
                .and_then(|t| leptos::wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
                .is_some_and(|node| panel.contains(Some(&node)));
            if ev.key() == "Escape" && from_panel {
                let _ = window().location().set_href(&close);
            }
        };
        // For the life of the page: the panel goes with it.
        std::mem::forget(window_event_listener(leptos::ev::keydown, on_key));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = &close;
    view! { <div class="card-panel-keys">{children()}</div> }
}
