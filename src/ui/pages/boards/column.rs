//! One column of the board: its name and count, its settings, a quick-add
//! form at the top, its cards, and the form that moves one of them.

use super::board::BoardCtx;
use super::card::CardView;
use super::move_form::MoveForm;
use super::stage_forms::StageSettings;
use crate::api::boards::cards::AddCard;
use crate::model::board::Stage;
use crate::ui::components::form::{FormError, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Column(stage_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<BoardCtx>();
    let sid = StoredValue::new(stage_id);
    let stage = Memo::new(move |_| {
        ctx.stages
            .with(|s| s.iter().find(|s| s.id == sid.get_value()).cloned())
    });
    let with = move |f: fn(&Stage) -> String| stage.with(|s| s.as_ref().map(f).unwrap_or_default());
    let visible = move || {
        let filter = ctx.filter.get();
        stage.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.cards
                        .iter()
                        .filter(|c| filter.matches(c))
                        .map(|c| c.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    // What the column shows: with a filter on, the cards that match it.
    let count = move || visible().len();
    let titles = move |ids: Vec<String>| {
        stage.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.cards
                        .iter()
                        .filter(|c| ids.contains(&c.id))
                        .map(|c| (c.id.clone(), c.title.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let heading_id = move || format!("stage-{}-name", sid.get_value());
    view! {
        <section class="column" data-stage=sid.get_value() aria-labelledby=heading_id>
            <header class=move || format!("column-head stage-{}", with(|s| s.color.clone()))>
                <h2 id=heading_id>
                    <span class="column-name">{move || with(|s| s.name.clone())}</span>
                    " "
                    <span class="column-count" aria-label=move || i18n.t_with("board-count", &[("count", (count() as i64).into())])>
                        {count}
                    </span>
                </h2>
                {move || stage.get().map(|s| view! { <StageSettings stage=s /> })}
            </header>
            <QuickAdd stage_id=sid.get_value() />
            <ol class="cards" aria-labelledby=heading_id>
                <For each=visible key=|id| id.clone() let:card_id>
                    <CardView card_id stage_id=sid.get_value() />
                </For>
            </ol>
            {move || {
                let cards = titles(visible());
                (!cards.is_empty()).then(|| view! { <MoveForm stage_id=sid.get_value() cards /> })
            }}
        </section>
    }
    .into_any()
}

/// Title and company, Enter to save.
#[component]
fn QuickAdd(stage_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<BoardCtx>();
    let add = ServerAction::<AddCard>::new();
    let error = last_error(add.value());
    let id = |name: &str| format!("add-{name}-{stage_id}");
    let title_id = id("title");
    let company_id = id("company");
    let title_error = move || {
        error
            .get()
            .and_then(|e| e.for_field("title").map(|k| i18n.t(k)))
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
            <input type="hidden" name="board_id" value=ctx.board_id.get_value() />
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
