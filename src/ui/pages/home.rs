//! The public home page: what Offerline is, for a first-time visitor.

use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The features the home page presents, as translation-key stems.
const FEATURES: &[(&str, &str)] = &[
    ("home-feature-boards", "board"),
    ("home-feature-import", "document"),
    ("home-feature-documents", "document"),
    ("home-feature-insights", "chart"),
];

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let features = FEATURES
        .iter()
        .map(|(stem, icon)| {
            view! {
                <li class="feature">
                    <span class=format!("feature-icon icon-{icon}") aria-hidden="true"></span>
                    <h3>{i18n.t(&format!("{stem}-title"))}</h3>
                    <p>{i18n.t(&format!("{stem}-body"))}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text="" />
        <Meta name="description" content=i18n.t("home-lede") />
        <crate::ui::components::form::Notice known=&["account-deletion-scheduled"] />
        <section class="hero" aria-labelledby="hero-title">
            <div class="hero-text">
                <h1 id="hero-title">{i18n.t("home-title")}</h1>
                <p class="lede">{i18n.t("home-lede")}</p>
            </div>
            <div class="board-preview" aria-hidden="true">
                <PreviewColumn title=i18n.t("home-preview-applied") cards=2 />
                <PreviewColumn title=i18n.t("home-preview-interviewing") cards=1 />
                <PreviewColumn title=i18n.t("home-preview-offer") cards=1 />
            </div>
        </section>
        <section class="features" aria-labelledby="features-title">
            <h2 id="features-title">{i18n.t("home-features-title")}</h2>
            <ul class="feature-grid">{features}</ul>
        </section>
        <section class="pillars" aria-labelledby="privacy-title">
            <div>
                <h2 id="privacy-title">{i18n.t("home-privacy-title")}</h2>
                <p>{i18n.t("home-privacy-body")}</p>
                <p><a href="/privacy">{i18n.t("home-privacy-link")}</a></p>
            </div>
            <div>
                <h2>{i18n.t("home-selfhost-title")}</h2>
                <p>{i18n.t("home-selfhost-body")}</p>
            </div>
        </section>
    }
}

/// A decorative column of the board illustration.
#[component]
fn PreviewColumn(title: String, cards: usize) -> impl IntoView {
    view! {
        <div class="preview-column">
            <span class="preview-title">{title}</span>
            {(0..cards).map(|_| view! { <span class="preview-card"></span> }).collect_view()}
        </div>
    }
}
