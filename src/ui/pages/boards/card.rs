//! A card on the board: company avatar, title (a link to its page),
//! company, place and way of working, salary, deadline, excitement and
//! tags. Once live, the board's island gives it a handle to move it by
//! mouse, touch or keyboard (`moves`); without JavaScript, the column's
//! "Move a card" form moves it.

use super::board::BoardCtx;
use crate::api::boards::cards::MoveCard;
use crate::model::board::{Card, Stage, initials};
use crate::model::profile::{SALARY_PERIODS, WORK_MODES};
use crate::ui::i18n::I18n;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The words cards show, translated once for a whole board: a board of
/// 500 cards would otherwise format the same messages thousands of times.
pub(super) struct CardWords {
    i18n: I18n,
    /// "Deadline {date}".
    deadline: String,
    /// "Excitement: n of 5", for n from 0 to 5.
    excitement: Vec<String>,
    work_modes: Vec<(&'static str, String)>,
    periods: Vec<(&'static str, String)>,
    /// The board's last "lost" stage, where a ghosted card goes in one
    /// click: its id and "Move to {stage}".
    lost: Option<(String, String)>,
}

impl CardWords {
    pub fn new(i18n: I18n, stages: &[Stage]) -> Self {
        let words = |keys: &'static [&'static str], prefix: &str| {
            keys.iter()
                .map(|k| (*k, i18n.t(&format!("{prefix}{k}"))))
                .collect()
        };
        CardWords {
            i18n,
            deadline: i18n.t_with("board-deadline", &[("date", "{date}".into())]),
            excitement: (0..=5)
                .map(|n| i18n.t_with("board-excitement", &[("count", n.into())]))
                .collect(),
            work_modes: words(WORK_MODES, "work-mode-"),
            periods: words(SALARY_PERIODS, "salary-period-"),
            lost: stages.iter().rev().find(|s| s.kind == "lost").map(|s| {
                let label = i18n.t_with("board-ghosted-move", &[("stage", s.name.clone().into())]);
                (s.id.clone(), label)
            }),
        }
    }

    fn of<'a>(list: &'a [(&'static str, String)], key: &str) -> &'a str {
        list.iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, w)| w.as_str())
    }
}

/// One card of `stage`, as the server renders it.
pub(super) fn card_view(board: &BoardCtx, stage: &Stage, card: &Card) -> impl IntoView + use<> {
    let words = &board.words;
    let meta: Vec<&str> = [
        card.location.as_str(),
        CardWords::of(&words.work_modes, &card.work_mode),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    let meta = (!meta.is_empty()).then(|| view! { <p class="card-meta">{meta.join(" · ")}</p> });
    let salary = salary(card, words).map(|s| view! { <p class="card-salary">{s}</p> });
    let deadline = card.deadline.as_deref().map(|d| {
        let soon = card.deadline_days.is_some_and(|n| n <= 7);
        let label = words.deadline.replace("{date}", d);
        view! { <p class="card-deadline" class:card-deadline-soon=soon>{label}</p> }
    });
    let excitement = card.excitement.map(|n| {
        let label = words.excitement[n.clamp(0, 5) as usize].clone();
        let stars: String = (1..=5).map(|i| if i <= n { '★' } else { '☆' }).collect();
        view! { <p class="card-excitement" role="img" aria-label=label>{stars}</p> }
    });
    let tags = (!card.tags.is_empty()).then(|| {
        view! {
            <ul class="card-tags">
                {card.tags.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let ghost = ghost_hint(board, stage, card);
    let company = (!card.company.is_empty())
        .then(|| view! { <p class="card-company">{card.company.clone()}</p> });
    // No handle and no id attribute: a handle does nothing before the page
    // is live, so the island adds them (`moves`), and finds a card's id in
    // its link. That keeps a 500-card board's page small.
    view! {
        <li class="job-card">
            <span class="avatar" aria-hidden="true">{initials(&card.company)}</span>
            <a class="card-title" href=format!("{}{}", board.card_link, card.id)>{card.title.clone()}</a>
            {company}
            {meta}
            {salary}
            {deadline}
            {excitement}
            {tags}
            {ghost}
        </li>
    }
}

/// The id of the board's one form that moves a ghosted card to the last
/// "lost" stage; each ghosted card's button submits it with its own id.
pub(super) const GHOST_FORM: &str = "ghost-move";

/// The form behind every ghosted card's button (see [`ghost_hint`]).
pub(super) fn ghost_form(board: &BoardCtx) -> Option<impl IntoView + use<>> {
    let (lost_id, _) = board.words.lost.as_ref()?;
    Some(view! {
        <form id=GHOST_FORM method="post" action=MoveCard::url() hidden>
            <input type="hidden" name="stage_id" value=lost_id.clone() />
            <input type="hidden" name="back" value=format!("/boards/{}", board.board_id) />
        </form>
    })
}

/// "No news for 23 days", with a one-click move to the board's last
/// "lost" stage, for an applied card in an open stage that stayed quiet
/// longer than the board allows.
fn ghost_hint(board: &BoardCtx, stage: &Stage, card: &Card) -> Option<impl IntoView + use<>> {
    if stage.kind != "open" || card.applied_on.is_none() || card.idle_days < board.ghost_days {
        return None;
    }
    let i18n = board.words.i18n;
    let text = i18n.t_with("board-ghosted", &[("days", card.idle_days.into())]);
    // Submits the board's one ghosted-move form with this card's id.
    let move_button = board.words.lost.as_ref().map(|(_, label)| {
        view! {
            <button form=GHOST_FORM name="id" value=card.id.clone()>{label.clone()}</button>
        }
    });
    Some(view! {
        <div class="card-ghost">
            <p>{text}</p>
            {move_button}
        </div>
    })
}

/// "50,000–70,000 EUR / year", or what part of it is known.
fn salary(card: &Card, words: &CardWords) -> Option<String> {
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
        let period = CardWords::of(&words.periods, &card.salary_period);
        text = format!("{text} / {period}");
    }
    Some(text)
}
