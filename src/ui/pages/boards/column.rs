//! One column of the board: its name and count, its settings, a quick-add
//! form at the top, its cards, and the form that moves one of them.

use super::board::BoardCtx;
use super::card::card_view;
use super::move_form::MoveForm;
use super::stage_forms::StageSettings;
use crate::api::boards::cards::AddCard;
use crate::ui::components::form::{FormError, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use std::sync::Arc;

/// Column `n` of the board.
pub(super) fn column(board: &Arc<BoardCtx>, n: usize) -> impl IntoView + use<> {
    let i18n = use_i18n();
    let stage = &board.stages[n];
    let cards: Vec<_> = board.visible(stage).collect();
    // What the column shows: with a filter on, the cards that match it.
    let count = cards.len();
    let count_label = i18n.t_with("board-count", &[("count", (count as i64).into())]);
    let heading_id = format!("stage-{}-name", stage.id);
    let move_form = (!cards.is_empty()).then(|| {
        let cards = cards
            .iter()
            .map(|c| (c.id.clone(), c.title.clone()))
            .collect();
        view! { <MoveForm board=board.clone() stage_id=stage.id.clone() cards /> }
    });
    let cards = cards
        .into_iter()
        .map(|card| card_view(board, stage, card))
        .collect_view();
    let (section_label, list_label) = (heading_id.clone(), heading_id.clone());
    view! {
        <section class="column" data-stage=stage.id.clone() aria-labelledby=section_label>
            <header class=format!("column-head stage-{}", stage.color)>
                <h2 id=heading_id>
                    <span class="column-name">{stage.name.clone()}</span>
                    " "
                    <span class="column-count" aria-label=count_label>{count}</span>
                </h2>
                <StageSettings board=board.clone() stage=stage.clone() />
            </header>
            <QuickAdd board_id=board.board_id.clone() stage_id=stage.id.clone() />
            <ol class="cards" aria-labelledby=list_label>
                {cards}
            </ol>
            {move_form}
        </section>
    }
}

/// Title and company, Enter to save.
#[component]
fn QuickAdd(board_id: String, stage_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let add = ServerAction::<AddCard>::new();
    let error = last_error(add.value());
    let id = |name: &str| format!("add-{name}-{stage_id}");
    let title_id = id("title");
    let company_id = id("company");
    let title_error = move || {
        error
            .get()
            .and_then(|e| e.field_error("title").map(|fe| fe.text(i18n.locale)))
    };
    let duplicate = move || {
        add.value()
            .get()
            .and_then(|r| r.ok())
            .and_then(|a| a.duplicate)
            .map(|d| view! { <DuplicateNotice id=d.id title=d.title board=d.board_name /> })
    };
    view! {
        <ActionForm action=add attr:class="quick-add">
            <input type="hidden" name="board_id" value=board_id />
            <input type="hidden" name="stage_id" value=stage_id.clone() />
            <FormError error />
            <label class="sr-only" for=title_id.clone()>{i18n.t("board-add-title")}</label>
            <input id=title_id name="title" required maxlength="100"
                placeholder=i18n.t("board-add-title") autocomplete="off" />
            <label class="sr-only" for=company_id.clone()>{i18n.t("field-company")}</label>
            <input id=company_id name="company" maxlength="100"
                placeholder=i18n.t("field-company") list="company-names" autocomplete="off" />
            <p class="field-error" aria-live="polite">{title_error}</p>
            {duplicate}
            <button type="submit" class="button button-small" disabled=move || add.pending().get()>
                {i18n.t("board-add")}
            </button>
        </ActionForm>
    }
    .into_any()
}

/// "Already on Autumn search: Rust engineer", linking the earlier card.
#[component]
pub fn DuplicateNotice(id: String, title: String, board: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="notice duplicate" role="status">
            {i18n.t_with("board-duplicate", &[("board", board.into())])} " "
            <a href=format!("/cards/{id}")>{title}</a>
        </p>
    }
}
