//! The funnel: how many cards reached each step, as bars against the
//! number tracked, with the counts written out.

use crate::model::insights::FUNNEL_STEPS;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Funnel(funnel: Vec<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let total = funnel.first().copied().unwrap_or(0).max(1);
    view! {
        <section class="card insights-funnel" aria-labelledby="funnel-title">
            <h2 id="funnel-title">{i18n.t("insights-funnel")}</h2>
            <ol class="funnel">
                {FUNNEL_STEPS.iter().zip(funnel).map(|(step, count)| {
                    let share = count * 100 / total;
                    view! {
                        <li class="funnel-step">
                            <span class="funnel-label">{i18n.t(&format!("insights-step-{step}"))}</span>
                            <span class="funnel-count">{count} <span class="muted">" · " {share} " %"</span></span>
                            <svg class="funnel-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="funnel-track" width="100" height="8" rx="2" />
                                <rect class="funnel-fill" width=share.to_string() height="8" rx="2" />
                            </svg>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="muted insights-note">{i18n.t("insights-funnel-help")}</p>
        </section>
    }
}
