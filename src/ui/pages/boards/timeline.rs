//! A card's timeline: when it was added, each move between stages, each
//! corrected field, archiving and restoring; newest first.

use crate::model::card::Event;
use crate::model::format::utc_datetime;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Timeline(events: Vec<Event>) -> impl IntoView {
    let i18n = use_i18n();
    let line = move |e: Event| {
        let old = e.old_value.clone().unwrap_or_default();
        let new = e.new_value.clone().unwrap_or_default();
        let text = match e.kind.as_str() {
            "stage" => i18n.t_with(
                "timeline-stage",
                &[("from", old.into()), ("to", new.into())],
            ),
            "field" => {
                let field = i18n.t(&format!("timeline-field-{}", e.field.replace('_', "-")));
                if new.is_empty() {
                    i18n.t_with("timeline-field-cleared", &[("field", field.into())])
                } else {
                    i18n.t_with(
                        "timeline-field",
                        &[("field", field.into()), ("value", new.into())],
                    )
                }
            }
            other => i18n.t(&format!("timeline-{other}")),
        };
        view! {
            <li>
                <span>{text}</span>
                <time class="muted">{utc_datetime(e.at)}</time>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{i18n.t("timeline-title")}</h2>
            <ol class="timeline">{events.into_iter().rev().map(line).collect_view()}</ol>
        </section>
    }
}
