//! The policy pages (privacy, cookies, terms). Every number and name in them
//! comes from configuration or the database through
//! [`crate::api::site::get_site_info`]: the "last updated" day is that of
//! the version in force, and each page ends with the list of versions (P31).

mod cookies;
mod privacy;
mod terms;

pub use cookies::CookiesPage;
pub use privacy::PrivacyPage;
pub use terms::TermsPage;

use crate::api::site::get_site_info;
use crate::model::format::utc_date;
use crate::model::policies::PolicyChange;
use crate::model::site::SiteInfo;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::i18n::{I18n, use_i18n};
use leptos::prelude::*;

/// A policy page: title, "last updated" line, the body built from the
/// instance's facts, then the versions.
#[component]
fn PolicyPage<F, V>(title_key: &'static str, body: F) -> impl IntoView
where
    F: Fn(I18n, SiteInfo) -> V + Send + Sync + Copy + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let info = OnceResource::new(get_site_info());
    view! {
        <leptos_meta::Title text=i18n.t(title_key) />
        <article class="policy">
            <h1 id="policy-title">{i18n.t(title_key)}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match info.await {
                        Ok(info) => {
                            let updated = i18n.t_with(
                                "policy-last-updated",
                                &[("date", info.policies_updated.clone().into())],
                            );
                            let versions = versions(i18n, &info);
                            view! {
                                <p class="policy-updated">
                                    <time datetime=info.policies_updated.clone()>{updated}</time>
                                </p>
                                {body(i18n, info)}
                                {versions}
                            }
                            .into_any()
                        }
                        Err(err) => view! { <ErrorNotice error=err /> }.into_any(),
                    }
                })}
            </Suspense>
        </article>
    }
}

/// Every published version, newest first; one that is announced but not
/// yet in force says when it takes effect.
fn versions(i18n: I18n, info: &SiteInfo) -> impl IntoView + use<> {
    let in_force_at = info
        .changes
        .iter()
        .find(|c| c.version == info.policy_version)
        .map_or(i64::MIN, |c| c.effective_at);
    let row = move |change: PolicyChange| {
        let day = utc_date(change.effective_at);
        let key = if change.effective_at > in_force_at {
            "policy-change-upcoming"
        } else {
            "policy-change-effective"
        };
        let label = i18n.t_with(key, &[("date", day.clone().into())]);
        view! {
            <li>
                <p class="policy-version-date">
                    <time datetime=day>{label}</time>
                </p>
                <p>{change.summary}</p>
            </li>
        }
    };
    view! {
        <section class="policy-versions" aria-labelledby="policy-versions-title">
            <h2 id="policy-versions-title">{i18n.t("policy-changes-title")}</h2>
            <ul class="history">{info.changes.clone().into_iter().map(row).collect_view()}</ul>
        </section>
    }
}

/// A titled section of plain paragraphs.
fn section(i18n: I18n, stem: &str, body: String) -> impl IntoView + use<> {
    view! {
        <section>
            <h2>{i18n.t(&format!("{stem}-title"))}</h2>
            <p>{body}</p>
        </section>
    }
}

/// A titled section of several paragraphs.
fn paragraphs(i18n: I18n, stem: &str, body: Vec<String>) -> impl IntoView + use<> {
    view! {
        <section>
            <h2>{i18n.t(&format!("{stem}-title"))}</h2>
            {body.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        </section>
    }
}
