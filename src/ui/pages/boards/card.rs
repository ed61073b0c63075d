//! A card on the board: company avatar, title (a link to its page),
//! company, place and way of working, salary, deadline, excitement and
//! tags; a handle to move it (mouse, touch or keyboard once live, see
//! `moves`; without JavaScript, the column's "Move a card" form).

use super::board::BoardCtx;
use super::card_panel::card_link;
use crate::api::boards::cards::MoveCard;
use crate::model::board::{Card, initials, locate};
use crate::ui::i18n::{I18n, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CardView(card_id: String, stage_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<BoardCtx>();
    let id = StoredValue::new(card_id);
    // A card's own data only changes through its page (a new load).
    let card: Option<Card> = ctx
        .stages
        .with_untracked(|s| locate(s, &id.get_value()).map(|(si, ci)| s[si].cards[ci].clone()));
    let Some(card) = card else {
        return ().into_any();
    };
    let title = card.title.clone();
    let meta: Vec<String> = [
        card.location.clone(),
        if card.work_mode.is_empty() {
            String::new()
        } else {
            i18n.t(&format!("work-mode-{}", card.work_mode))
        },
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    let salary = salary(&card, i18n);
    let deadline = card.deadline.clone().map(|d| {
        let soon = card.deadline_days.is_some_and(|n| n <= 7);
        let label = i18n.t_with("board-deadline", &[("date", d.into())]);
        view! { <p class="card-deadline" class:card-deadline-soon=soon>{label}</p> }
    });
    let excitement = card.excitement.map(|n| {
        let label = i18n.t_with("board-excitement", &[("count", n.into())]);
        let stars: String = (1..=5).map(|i| if i <= n { '★' } else { '☆' }).collect();
        view! { <p class="card-excitement" aria-label=label.clone() title=label>{stars}</p> }
    });
    let tags = (!card.tags.is_empty()).then(|| {
        view! {
            <ul class="card-tags">
                {card.tags.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let query = use_query_map();
    let ghost = ghost_hint(ctx, &card, &stage_id);
    let handle_label = i18n.t_with("board-handle", &[("title", title.clone().into())]);
    view! {
        <li
            class="job-card"
            data-card=id.get_value()
        >
            <div class="card-top">
                <span class="avatar" aria-hidden="true">{initials(&card.company)}</span>
                <div class="card-titles">
                    <a class="card-title" href=move || query.with(|q| card_link(q, &id.get_value()))>{title.clone()}</a>
                    {(!card.company.is_empty()).then(|| view! { <p class="card-company">{card.company.clone()}</p> })}
                </div>
                <button
                    type="button"
                    class="card-handle"
                    aria-label=handle_label
                    aria-describedby="board-drag-help"
                    aria-pressed="false"
                >
                    <span aria-hidden="true">"⠿"</span>
                </button>
            </div>
            {(!meta.is_empty()).then(|| view! { <p class="card-meta">{meta.join(" · ")}</p> })}
            {salary.map(|s| view! { <p class="card-salary">{s}</p> })}
            {deadline}
            {excitement}
            {tags}
            {ghost}
        </li>
    }
    .into_any()
}

/// "No news for 23 days", with a one-click move to the board's last
/// "lost" stage, for an applied card in an open stage that stayed quiet
/// longer than the board allows.
fn ghost_hint(ctx: BoardCtx, card: &Card, stage_id: &str) -> Option<impl IntoView + use<>> {
    let i18n = use_i18n();
    let (open, lost) = ctx.stages.with_untracked(|s| {
        let open = s.iter().any(|s| s.id == stage_id && s.kind == "open");
        let lost = s
            .iter()
            .rev()
            .find(|s| s.kind == "lost")
            .map(|s| (s.id.clone(), s.name.clone()));
        (open, lost)
    });
    if !open || card.applied_on.is_none() || card.idle_days < ctx.ghost_days {
        return None;
    }
    let text = i18n.t_with("board-ghosted", &[("days", card.idle_days.into())]);
    let card_id = card.id.clone();
    let move_form = lost.map(|(lost_id, lost_name)| {
        let action = ServerAction::<MoveCard>::new();
        let label = i18n.t_with("board-ghosted-move", &[("stage", lost_name.into())]);
        view! {
            <ActionForm action>
                <input type="hidden" name="id" value=card_id />
                <input type="hidden" name="stage_id" value=lost_id />
                <input type="hidden" name="back" value=format!("/boards/{}", ctx.board_id.get_value()) />
                <button type="submit" class="button button-small button-secondary">{label}</button>
            </ActionForm>
        }
    });
    Some(view! {
        <div class="card-ghost">
            <p>{text}</p>
            {move_form}
        </div>
    })
}

/// "50,000–70,000 EUR / year", or what part of it is known.
fn salary(card: &Card, i18n: I18n) -> Option<String> {
    let n = |v: i64| {
        let s = v.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push('\u{202f}');
            }
            out.push(c);
        }
        out
    };
    let range = match (card.salary_min, card.salary_max) {
        (Some(a), Some(b)) if a == b => n(a),
        (Some(a), Some(b)) => format!("{}–{}", n(a), n(b)),
        (Some(a), None) => format!("≥ {}", n(a)),
        (None, Some(b)) => format!("≤ {}", n(b)),
        (None, None) => return None,
    };
    let mut text = range;
    if !card.salary_currency.is_empty() {
        text = format!("{text} {}", card.salary_currency);
    }
    if !card.salary_period.is_empty() {
        let period = i18n.t(&format!("salary-period-{}", card.salary_period));
        text = format!("{text} / {period}");
    }
    Some(text)
}
