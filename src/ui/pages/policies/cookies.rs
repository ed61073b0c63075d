use super::PolicyPage;
use crate::api::site::SiteInfo;
use crate::model::cookies;
use crate::ui::i18n::I18n;
use leptos::prelude::*;

#[component]
pub fn CookiesPage() -> impl IntoView {
    view! { <PolicyPage title_key="cookies-title" body=cookies_body /> }
}

/// The table is generated from [`cookies::ALL`], the list the server sets
/// cookies from.
fn cookies_body(i18n: I18n, _info: SiteInfo) -> impl IntoView {
    let rows = cookies::ALL
        .iter()
        .map(|cookie| {
            let kind = if cookie.essential { "cookies-essential" } else { "cookies-optional" };
            view! {
                <tr>
                    <th scope="row"><code>{cookie.name}</code></th>
                    <td>{i18n.t(&cookie.purpose_key())}</td>
                    <td>{i18n.t_with("cookies-lifetime-days", &[("days", cookie.max_age_days.into())])}</td>
                    <td>{i18n.t(kind)}</td>
                </tr>
            }
        })
        .collect_view();
    let has_optional = cookies::ALL.iter().any(|c| !c.essential);
    view! {
        <p class="lede">{i18n.t("cookies-intro")}</p>
        <div class="table-scroll">
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
        </div>
        {(!has_optional).then(|| view! { <p>{i18n.t("cookies-no-optional")}</p> })}
    }
}
