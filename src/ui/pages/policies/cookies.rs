//! `/cookies`: the cookie policy, its table generated from
//! [`cookies::ALL`], the list the server sets cookies from, so the page
//! cannot drift from what the server does (P29).

use super::PolicyPage;
use crate::model::cookies::{self, Lifetime};
use crate::model::site::SiteInfo;
use crate::ui::components::table_scroll::TableScroll;
use crate::ui::i18n::I18n;
use leptos::prelude::*;

#[component]
pub fn CookiesPage() -> impl IntoView {
    view! { <PolicyPage title_key="cookies-title" body=cookies_body /> }
}

/// "365 days", "30 minutes".
pub fn lifetime_text(i18n: I18n, lifetime: Lifetime) -> String {
    match lifetime {
        Lifetime::Days(days) => i18n.t_with("cookies-lifetime-days", &[("days", days.into())]),
        Lifetime::Minutes(minutes) => {
            i18n.t_with("cookies-lifetime-minutes", &[("minutes", minutes.into())])
        }
    }
}

fn cookies_body(i18n: I18n, _info: SiteInfo) -> impl IntoView {
    let rows = cookies::ALL
        .iter()
        .map(|cookie| {
            let kind = if cookie.essential {
                "cookies-essential"
            } else {
                "cookies-optional"
            };
            view! {
                <tr>
                    <th scope="row"><code>{cookie.name}</code></th>
                    <td>{i18n.t(&cookie.purpose_key())}</td>
                    <td>{lifetime_text(i18n, cookie.lifetime)}</td>
                    <td>{i18n.t(kind)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="lede">{i18n.t("cookies-intro")}</p>
        <TableScroll labelled_by="policy-title">
            <table class="cookie-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("cookies-col-name")}</th>
                        <th scope="col">{i18n.t("cookies-col-purpose")}</th>
                        <th scope="col">{i18n.t("cookies-col-lifetime")}</th>
                        <th scope="col">{i18n.t("cookies-col-kind")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableScroll>
        <section>
            <h2>{i18n.t("consent-policy-title")}</h2>
            <p>{i18n.t("consent-policy-body")}</p>
            <p><a href="/cookie-settings">{i18n.t("consent-policy-link")}</a></p>
        </section>
    }
}
