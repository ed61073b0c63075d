//! "Move to": a plain form on each card that moves it to the end of
//! another stage. It is how a board works without JavaScript, and a
//! choice for anyone who prefers a list to dragging.

use super::board::BoardCtx;
use crate::api::boards::cards::MoveCard;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn MoveForm(card_id: String, stage_id: String, title: String) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<BoardCtx>();
    let action = ServerAction::<MoveCard>::new();
    Effect::new(move |_| match action.value().get() {
        Some(Ok(())) => ctx.refresh(),
        Some(Err(error)) => ctx.problem.set(Some(error)),
        None => {}
    });
    let select_id = format!("move-{card_id}");
    let back = format!("/boards/{}", ctx.board_id.get_value());
    let stages = ctx.stages.with_untracked(|s| {
        s.iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect::<Vec<_>>()
    });
    view! {
        <details class="card-move">
            <summary>{i18n.t("board-move-to")}<span class="sr-only">": " {title}</span></summary>
            <ActionForm action>
                <input type="hidden" name="id" value=card_id />
                <input type="hidden" name="back" value=back />
                <label class="sr-only" for=select_id.clone()>{i18n.t("board-move-to")}</label>
                <select id=select_id name="stage_id">
                    {stages.into_iter().map(|(id, name)| {
                        let here = id == stage_id;
                        view! { <option value=id selected=here>{name}</option> }
                    }).collect_view()}
                </select>
                <button type="submit" class="button button-small">{i18n.t("board-move")}</button>
            </ActionForm>
        </details>
    }
    .into_any()
}
