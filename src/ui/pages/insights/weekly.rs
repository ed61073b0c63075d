//! Applications sent per week, the last twelve weeks: a bar chart drawn
//! by the app as SVG (no script, no outside service), described for
//! screen readers, with its numbers in a table beneath.

use crate::model::insights::WeekCount;
use crate::ui::components::table_scroll::TableScroll;
use crate::ui::i18n::{I18n, use_i18n};
use leptos::prelude::*;

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 6.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 26.0;

/// `17/11` as this locale writes a day and month.
fn short_date(i18n: I18n, monday: &str) -> String {
    let mut parts = monday.split('-').skip(1);
    let month = parts
        .next()
        .unwrap_or_default()
        .trim_start_matches('0')
        .to_string();
    let day = parts
        .next()
        .unwrap_or_default()
        .trim_start_matches('0')
        .to_string();
    i18n.t_with(
        "insights-date",
        &[("day", day.into()), ("month", month.into())],
    )
}

#[component]
pub fn Weekly(weeks: Vec<WeekCount>) -> impl IntoView {
    let i18n = use_i18n();
    let total: i64 = weeks.iter().map(|w| w.count).sum();
    let max = weeks.iter().map(|w| w.count).max().unwrap_or(0).max(1);
    let this_week = weeks.last().map_or(0, |w| w.count);
    let label = i18n.t_with(
        "insights-weekly-label",
        &[("count", total.into()), ("week", this_week.into())],
    );
    let plot_h = HEIGHT - TOP - BOTTOM;
    let slot = (WIDTH - LEFT - RIGHT) / weeks.len().max(1) as f64;
    let y = move |count: i64| TOP + plot_h - plot_h * count as f64 / max as f64;
    let mut ticks = vec![0, max];
    if max >= 4 {
        ticks.insert(1, max / 2);
    }
    let rows = weeks.clone();
    let count_weeks = weeks.len();
    view! {
        <section class="card insights-weekly" aria-labelledby="weekly-title">
            <h2 id="weekly-title">{i18n.t("insights-weekly")}</h2>
            <figure class="chart">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label.clone() class="chart-svg">
                    <title>{label.clone()}</title>
                    {ticks.into_iter().map(|t| {
                        let at = y(t);
                        view! {
                            <g class="chart-tick">
                                <line x1=LEFT.to_string() x2=(WIDTH - RIGHT).to_string() y1=at.to_string() y2=at.to_string() />
                                <text x=(LEFT - 6.0).to_string() y=(at + 4.0).to_string() text-anchor="end">{t}</text>
                            </g>
                        }
                    }).collect_view()}
                    {weeks.into_iter().enumerate().map(|(i, w)| {
                        let x = LEFT + slot * i as f64 + slot * 0.18;
                        let bar_w = slot * 0.64;
                        let top = y(w.count);
                        let date = short_date(i18n, &w.monday);
                        let tip = i18n.t_with("insights-week-tip", &[("date", date.clone().into()), ("count", w.count.into())]);
                        let current = i + 1 == count_weeks;
                        view! {
                            <g class=if current { "chart-bar chart-bar-current" } else { "chart-bar" }>
                                <title>{tip}</title>
                                <rect x=x.to_string() y=top.to_string() width=bar_w.to_string() height=(TOP + plot_h - top).to_string() rx="3" />
                                {(w.count > 0).then(|| view! {
                                    <text class="chart-value" x=(x + bar_w / 2.0).to_string() y=(top - 3.0).to_string() text-anchor="middle">{w.count}</text>
                                })}
                                {(i % 2 == 1 || current).then(|| view! {
                                    <text class="chart-label" x=(x + bar_w / 2.0).to_string() y=(HEIGHT - 8.0).to_string() text-anchor="middle">{date}</text>
                                })}
                            </g>
                        }
                    }).collect_view()}
                </svg>
                <figcaption class="muted">{i18n.t("insights-weekly-help")}</figcaption>
            </figure>
            <details class="chart-data">
                <summary id="weekly-table-title">{i18n.t("insights-weekly-table")}</summary>
                <TableScroll labelled_by="weekly-table-title">
                    <table class="insights-table">
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("insights-week")}</th>
                                <th scope="col">{i18n.t("insights-applications")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.iter().rev().map(|w| view! {
                                <tr><td>{short_date(i18n, &w.monday)}</td><td>{w.count}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableScroll>
            </details>
        </section>
    }
}
