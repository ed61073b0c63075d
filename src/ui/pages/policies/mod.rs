//! The policy pages (privacy, cookies, terms). Every number and name in them
//! comes from configuration through [`crate::api::site::get_site_info`].

mod cookies;
mod privacy;
mod terms;

pub use cookies::CookiesPage;
pub use privacy::PrivacyPage;
pub use terms::TermsPage;

use crate::api::site::{SiteInfo, get_site_info};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::i18n::{I18n, use_i18n};
use leptos::prelude::*;

/// A policy page: title, "last updated" line, then the body built from the
/// instance's facts.
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
                <h1>{i18n.t(title_key)}</h1>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match info.await {
                            Ok(info) => {
                                let updated = i18n
                                    .t_with(
                                        "policy-last-updated",
                                        &[("date", info.policies_updated.clone().into())],
                                    );
                                view! {
                                    <p class="policy-updated">
                                        <time datetime=info.policies_updated.clone()>{updated}</time>
                                    </p>
                                    {body(i18n, info)}
                                }
                                    .into_any()
                            }
                            Err(err) => {
    view! { <ErrorNotice error=err /> }.into_any()
                            }
                        }
                    })}
                </Suspense>
            </article>
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
