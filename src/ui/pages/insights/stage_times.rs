//! Median time in each stage, over the stays that ended with a move.

use crate::i18n::Locale;
use crate::model::insights::StageTime;
use crate::ui::components::table_scroll::TableScroll;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn StageTimes(times: Vec<StageTime>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card insights-times" aria-labelledby="times-title">
            <h2 id="times-title">{i18n.t("insights-times")}</h2>
            <TableScroll labelled_by="times-title">
                <table class="insights-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("insights-stage")}</th>
                            <th scope="col">{i18n.t("insights-median")}</th>
                            <th scope="col">{i18n.t("insights-stays")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {times.into_iter().map(|t| {
                            let median = t.median_days.map(|d| {
                                let days = (d * 10.0).round() / 10.0;
                                i18n.t_with("insights-days", &[
                                    ("days", days.into()),
                                    ("shown", decimal(days, i18n.locale).into()),
                                ])
                            }).unwrap_or_else(|| "–".to_string());
                            view! {
                                <tr>
                                    <th scope="row">
                                        <span class=format!("stage-dot stage-{}", t.color) aria-hidden="true"></span>
                                        {t.name}
                                    </th>
                                    <td>{median}</td>
                                    <td>{t.stays}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </TableScroll>
            <p class="muted insights-note">{i18n.t("insights-times-help")}</p>
        </section>
    }
}

/// A number with at most one decimal, written the locale's way.
fn decimal(value: f64, locale: Locale) -> String {
    let text = if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    match locale {
        Locale::En => text,
        _ => text.replace('.', ","),
    }
}
