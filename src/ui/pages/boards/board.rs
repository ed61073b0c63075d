//! `/boards/:id`: one board as a kanban. The server renders every column
//! and card, with plain forms to add and move cards, so the board works
//! before (and without) the WebAssembly. Once live, the columns' island
//! ([`BoardMoves`]) moves cards by mouse, touch or keyboard, at once on
//! screen, saved by the server.

use super::board_forms::BoardSettings;
use super::card::{CardWords, ghost_form};
use super::card_panel::card_link_prefix;
use super::card_panel::{CardPanel, PanelData};
use super::column::column;
use super::list_view::ListView;
use super::moves::{BoardMoves, MoveTexts};
use super::route_id;
use crate::api::boards::cards::MoveCard;
use crate::api::boards::get_board;
use crate::model::board::{Board, Card, Filter, Stage};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::last_error;
use crate::ui::i18n::{I18n, use_i18n};
use crate::ui::pages::settings::RequireSignIn;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// What every part of the board's page reads while the server renders it.
/// Plain values: the page is rendered once per load (moving cards in the
/// browser is the island's work, on the DOM), so nothing here is reactive.
pub(super) struct BoardCtx {
    pub board_id: String,
    /// Applied cards quiet for this many days show the ghosted hint.
    pub ghost_days: i64,
    pub stages: Vec<Stage>,
    pub filter: Filter,
    /// The address up to `card=`, for a card's link (filters kept).
    pub card_link: String,
    /// The words every card may show, translated once for the page.
    pub words: CardWords,
}

impl BoardCtx {
    /// The cards of `stage` that the filter lets through.
    pub fn visible<'a>(&'a self, stage: &'a Stage) -> impl Iterator<Item = &'a Card> + 'a {
        stage.cards.iter().filter(|c| self.filter.matches(c))
    }
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let id = route_id();
    let board = Resource::new(move || id.get(), get_board);
    let panel = PanelData::new();
    view! {
        <RequireSignIn>
            <Suspense>
                {move || board.get().map(|r| match r {
                    Ok(b) => view! { <BoardView board=b panel /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Suspense>
        </RequireSignIn>
    }
}

#[component]
fn BoardView(board: Board, panel: PanelData) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = query.with_untracked(|q| Filter {
        text: q.get("q").unwrap_or_default(),
        tag: q.get("tag").unwrap_or_default(),
        company: q.get("company").unwrap_or_default(),
        mode: q.get("mode").unwrap_or_default(),
    });
    let ctx = Arc::new(BoardCtx {
        board_id: board.id.clone(),
        ghost_days: board.ghost_days,
        words: CardWords::new(i18n, &board.stages),
        stages: board.stages,
        filter,
        card_link: query.with_untracked(card_link_prefix),
    });
    let moved = last_error(ServerAction::<MoveCard>::new().value());
    let (list_view, has_panel, duplicate) = query.with_untracked(|q| {
        (
            q.get("view").as_deref() == Some("list"),
            q.get("card").is_some(),
            q.get("duplicate"),
        )
    });
    let view_link = |list: bool| {
        let mut q = query.get_untracked();
        if list {
            q.replace("view", "list".to_string());
        } else {
            q.remove("view");
            q.remove("sort");
            q.remove("dir");
        }
        format!("?{}", q.to_query_string().trim_start_matches('?'))
    };
    let columns = if list_view {
        view! { <ListView board=ctx.clone() /> }.into_any()
    } else {
        let columns = (0..ctx.stages.len())
            .map(|n| column(&ctx, n))
            .collect_view();
        let ghost_form = ghost_form(&ctx);
        view! {
            <BoardMoves texts=move_texts(i18n)>
                <div class="board" role="region" aria-label=i18n.t("board-columns") tabindex="-1">
                    {columns}
                </div>
                {ghost_form}
            </BoardMoves>
        }
        .into_any()
    };
    view! {
        <Title text=board.name.clone() />
        <div class="board-layout" class:has-panel=has_panel>
        <section class="board-page" aria-labelledby="board-title">
            <div class="board-head">
                <h1 id="board-title">{board.name.clone()}</h1>
                {board.archived.then(|| view! { <span class="badge">{i18n.t("boards-archived-badge")}</span> })}
                <a class="button button-secondary button-small" href="/boards">{i18n.t("boards-all")}</a>
                <a class="button button-secondary button-small" rel="external" download
                    href=format!("/boards/{}/export.csv", board.id)>{i18n.t("board-export")}</a>
                <a class="button button-secondary button-small"
                    href=format!("/boards/{}/import", board.id)>{i18n.t("board-import")}</a>
                <nav class="view-switch" aria-label=i18n.t("board-view")>
                    <a href=view_link(false) aria-current=(!list_view).then_some("page")>{i18n.t("board-view-board")}</a>
                    <a href=view_link(true) aria-current=list_view.then_some("page")>{i18n.t("board-view-list")}</a>
                </nav>
            </div>
            {duplicate.map(|id| view! {
                <p class="notice duplicate" role="status">
                    {i18n.t("board-duplicate-plain")} " "
                    <a href=format!("/cards/{id}")>{i18n.t("board-duplicate-open")}</a>
                </p>
            })}
            <FilterForm filter=ctx.filter.clone() board_id=ctx.board_id.clone() />
            <p id="board-drag-help" class="sr-only">{i18n.t("board-drag-help")}</p>
            // A move refused by the server, after a plain form post.
            {moved.get_untracked().map(|error| view! {
                <div class="board-problem">
                    <p>{i18n.t("board-move-failed")}</p>
                    <ErrorNotice error />
                </div>
            })}
            {columns}
            <BoardSettings id=board.id.clone() name=board.name.clone() archived=board.archived ghost_days=board.ghost_days />
        </section>
        <CardPanel data=panel board_id=board.id.clone() />
        </div>
    }
    .into_any()
}

/// The sentences of the board's island, in the page's language.
fn move_texts(i18n: I18n) -> MoveTexts {
    MoveTexts {
        lifted: i18n.t_with("board-lifted", &[("title", "{title}".into())]),
        dropped: i18n.t_with(
            "board-dropped",
            &[("title", "{title}".into()), ("where", "{where}".into())],
        ),
        position: i18n.t_with(
            "board-position",
            &[
                ("stage", "{stage}".into()),
                ("position", "{position}".into()),
                ("count", "{count}".into()),
            ],
        ),
        handle: i18n.t_with("board-handle", &[("title", "{title}".into())]),
        cancelled: i18n.t("board-move-cancelled"),
        failed: i18n.t("board-move-failed"),
        count: [
            i18n.t_with("board-count", &[("count", 0.into())]),
            i18n.t_with("board-count", &[("count", 1.into())]),
            i18n.t_with("board-count", &[("count", "{count}".into())]),
        ],
    }
}

/// The filters, as a plain GET form: the address holds them.
#[component]
fn FilterForm(filter: Filter, board_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let f = filter;
    let filtered = !f.is_empty();
    let modes = crate::model::profile::WORK_MODES;
    view! {
        <form class="board-filter" method="get" role="search" aria-label=i18n.t("board-filter")>
            <div class="field">
                <label for="filter-q">{i18n.t("board-filter-text")}</label>
                <input id="filter-q" name="q" type="search" value=f.text.clone() />
            </div>
            <div class="field">
                <label for="filter-tag">{i18n.t("field-tag")}</label>
                <input id="filter-tag" name="tag" value=f.tag.clone() />
            </div>
            <div class="field">
                <label for="filter-company">{i18n.t("field-company")}</label>
                <input id="filter-company" name="company" value=f.company.clone() />
            </div>
            <div class="field">
                <label for="filter-mode">{i18n.t("field-work-mode")}</label>
                <select id="filter-mode" name="mode">
                    <option value="">{i18n.t("board-filter-any")}</option>
                    {modes.iter().map(|m| view! {
                        <option value=*m selected=f.mode == *m>{i18n.t(&format!("work-mode-{m}"))}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button-secondary">{i18n.t("board-filter-apply")}</button>
            {filtered.then(|| view! {
                <a class="button button-secondary" href=format!("/boards/{board_id}")>{i18n.t("board-filter-clear")}</a>
            })}
        </form>
    }
    .into_any()
}
