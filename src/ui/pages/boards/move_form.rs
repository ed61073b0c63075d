//! "Move a card": one plain form per column, a choice of its cards and a
//! choice of stage. It is how a board works without JavaScript, and a
//! choice for anyone who prefers a list to dragging. One form per column,
//! not per card, keeps a big board's page small.

use super::board::BoardCtx;
use crate::api::boards::cards::MoveCard;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use std::sync::Arc;

/// The form under a column of `board`, for its `cards` (id and title).
#[component]
pub fn MoveForm(
    board: Arc<BoardCtx>,
    stage_id: String,
    cards: Vec<(String, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MoveCard>::new();
    let back = format!("/boards/{}", board.board_id);
    let (stages, stage_name) = {
        let s = &board.stages;
        let name = s
            .iter()
            .find(|s| s.id == stage_id)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let others = s
            .iter()
            .filter(|s| s.id != stage_id)
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect::<Vec<_>>();
        (others, name)
    };
    let id = |name: &str| format!("move-{name}-{stage_id}");
    let (card_id, to_id) = (id("card"), id("to"));
    view! {
        <details class="column-move">
            <summary>{i18n.t("board-move-card")}<span class="sr-only">": " {stage_name}</span></summary>
            <ActionForm action>
                <input type="hidden" name="back" value=back />
                <div class="field">
                    <label for=card_id.clone()>{i18n.t("field-card")}</label>
                    <select id=card_id name="id">
                        {cards.into_iter().map(|(id, title)| view! { <option value=id>{title}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=to_id.clone()>{i18n.t("board-move-to")}</label>
                    <select id=to_id name="stage_id">
                        {stages.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button button-small">{i18n.t("board-move")}</button>
            </ActionForm>
        </details>
    }
    .into_any()
}
