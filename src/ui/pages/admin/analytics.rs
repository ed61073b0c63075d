//! `/admin/analytics`: usage of the product in aggregate (P13), for staff
//! only; anyone else gets the not-found page. Daily anonymous counts of the
//! last 30 days: page views per day, visits and their length, the most used
//! pages and features, browsers, systems and devices. No person, visit or
//! network can be picked out. Bars are SVG drawn by the app, each with its
//! number written beside it.

use super::StaffOnly;
use crate::api::privacy::analytics::analytics_dashboard;
use crate::model::analytics::{Bar, Dashboard};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AnalyticsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <StaffOnly>
            <Title text=i18n.t("consent-dashboard-title") />
            <section class="settings" aria-labelledby="analytics-title">
                <h1 id="analytics-title">{i18n.t("consent-dashboard-title")}</h1>
                <p><a href="/admin">{i18n.t("consent-dashboard-back")}</a></p>
                <Figures />
            </section>
        </StaffOnly>
    }
}

#[component]
fn Figures() -> impl IntoView {
    let data = Resource::new(|| (), |_| analytics_dashboard());
    view! {
        <Suspense>
            {move || data.get().map(|r| match r {
                Ok(d) => view! { <Charts d /> }.into_any(),
                Err(error) => view! { <ErrorNotice error /> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Charts(d: Dashboard) -> impl IntoView {
    let i18n = use_i18n();
    let views: i64 = d.views_per_day.iter().map(|b| b.value).sum();
    let pages: Vec<Bar> = d
        .pages
        .iter()
        .map(|p| Bar {
            label: match p.avg_secs {
                Some(secs) => i18n.t_with(
                    "consent-dashboard-page-time",
                    &[("path", p.path.clone().into()), ("secs", secs.into())],
                ),
                None => p.path.clone(),
            },
            value: p.views,
        })
        .collect();
    let days: Vec<Bar> = d
        .views_per_day
        .iter()
        .rev()
        .map(|b| Bar {
            label: b.label.clone(),
            value: b.value,
        })
        .collect();
    view! {
        <p class="muted">
            {i18n.t_with("consent-dashboard-lede", &[("days", d.days.into()), ("retention", d.retention_days.into())])}
        </p>
        <dl class="analytics-totals">
            <div><dt>{i18n.t("consent-dashboard-views")}</dt><dd>{views}</dd></div>
            <div><dt>{i18n.t("consent-dashboard-visits")}</dt><dd>{d.visits}</dd></div>
            <div>
                <dt>{i18n.t("consent-dashboard-visit-length")}</dt>
                <dd>{i18n.t_with("consent-dashboard-secs", &[("secs", d.avg_visit_secs.into())])}</dd>
            </div>
        </dl>
        <BarList title=i18n.t("consent-dashboard-per-day") bars=days />
        <BarList title=i18n.t("consent-dashboard-pages") bars=pages />
        <BarList title=i18n.t("consent-dashboard-features") bars=d.features />
        <BarList title=i18n.t("consent-dashboard-browsers") bars=d.browsers />
        <BarList title=i18n.t("consent-dashboard-systems") bars=d.systems />
        <BarList title=i18n.t("consent-dashboard-devices") bars=d.devices />
    }
}

/// A titled list of bars, each labelled and with its number in text.
#[component]
fn BarList(title: String, bars: Vec<Bar>) -> impl IntoView {
    let i18n = use_i18n();
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let body = if bars.is_empty() {
        view! { <p class="muted">{i18n.t("consent-dashboard-empty")}</p> }.into_any()
    } else {
        view! {
            <ul class="bar-list">
                {bars.into_iter().map(|b| {
                    let width = (100.0 * b.value as f64 / max as f64).max(0.5);
                    let label = if b.label.is_empty() { i18n.t("consent-dashboard-unknown") } else { b.label };
                    view! {
                        <li>
                            <span class="bar-label">{label}</span>
                            <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                <rect width=format!("{width:.1}") height="10" rx="1" />
                            </svg>
                            <span class="bar-value">{b.value}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="card">
            <h2>{title}</h2>
            {body}
        </section>
    }
}
