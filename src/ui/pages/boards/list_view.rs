//! The board as rows: one table of every card, sorted by any column from
//! its header (a link, so sorting works without JavaScript and can be
//! bookmarked), filtered like the board.

use super::board::BoardCtx;
use crate::model::board::Card;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// The sortable columns: (query value, heading key).
const COLUMNS: &[(&str, &str)] = &[
    ("title", "field-job-title"),
    ("company", "field-company"),
    ("stage", "list-stage"),
    ("location", "field-location"),
    ("salary", "list-salary"),
    ("deadline", "field-deadline"),
    ("applied", "field-applied-on"),
    ("excitement", "field-excitement"),
];

/// The sort key of a card for `column`: text compared without case,
/// empty values last.
fn key(card: &Card, stage: &str, column: &str) -> (bool, String, i64) {
    let text = |s: &str| (s.is_empty(), s.to_lowercase(), 0);
    let number = |n: Option<i64>| (n.is_none(), String::new(), n.unwrap_or(0));
    match column {
        "company" => text(&card.company),
        "stage" => text(stage),
        "location" => text(&card.location),
        "salary" => number(card.salary_max.or(card.salary_min)),
        "deadline" => text(card.deadline.as_deref().unwrap_or("")),
        "applied" => text(card.applied_on.as_deref().unwrap_or("")),
        "excitement" => number(card.excitement),
        _ => text(&card.title),
    }
}

#[component]
pub fn ListView(board: Arc<BoardCtx>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let sort = query.get("sort").unwrap_or_else(|| "title".into());
    let descending = query.get("dir").as_deref() == Some("desc");
    let mut rows: Vec<(&Card, &str)> = board
        .stages
        .iter()
        .flat_map(|s| board.visible(s).map(move |c| (c, s.name.as_str())))
        .collect();
    rows.sort_by(|(a, sa), (b, sb)| {
        let (ka, kb) = (key(a, sa, &sort), key(b, sb, &sort));
        // Empty values stay last either way.
        ka.0.cmp(&kb.0).then_with(|| {
            let order = (&ka.1, ka.2).cmp(&(&kb.1, kb.2));
            if descending { order.reverse() } else { order }
        })
    });
    let header = |(column, label): (&'static str, &'static str)| {
        let next = if sort == column && !descending {
            "desc"
        } else {
            "asc"
        };
        let mut q = query.clone();
        q.replace("view", "list".to_string());
        q.replace("sort", column.to_string());
        q.replace("dir", next.to_string());
        let href = format!("?{}", q.to_query_string().trim_start_matches('?'));
        let aria = (sort == column).then_some(if descending {
            "descending"
        } else {
            "ascending"
        });
        view! { <th scope="col" aria-sort=aria><a href=href>{i18n.t(label)}</a></th> }
    };
    let rows = rows
        .into_iter()
        .map(|(c, stage)| {
            let salary = c
                .salary_max
                .or(c.salary_min)
                .map(|n| format!("{n} {}", c.salary_currency));
            view! {
                <tr>
                    <th scope="row"><a href=format!("{}{}", board.card_link, c.id)>{c.title.clone()}</a></th>
                    <td>{c.company.clone()}</td>
                    <td>{stage.to_string()}</td>
                    <td>{c.location.clone()}</td>
                    <td>{salary}</td>
                    <td>{c.deadline.clone()}</td>
                    <td>{c.applied_on.clone()}</td>
                    <td>{c.excitement.map(|n| "★".repeat(n as usize))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="list-view">
            <table>
                <caption class="sr-only">{i18n.t("list-caption")}</caption>
                <thead><tr>{COLUMNS.iter().copied().map(header).collect_view()}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
