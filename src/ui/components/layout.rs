//! The frame of every page: skip link, header (with the account menu),
//! email-confirmation banner, cookie banner, main landmark, footer (with the
//! link that reopens the cookie choices), and the usage beacon.

use super::account_menu::{AccountMenu, VerifyBanner};
use super::consent_banner::ConsentBanner;
use super::locale_switcher::LocaleSwitcher;
use super::policy_notice::PolicyNotice;
use super::theme_switcher::ThemeSwitcher;
use super::usage_beacon::UsageBeacon;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    crate::ui::session::provide_me();
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">{i18n.t("nav-skip")}</a>
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true">"O"</span>
                <span class="brand-name">"Offerline"</span>
            </a>
            <AccountMenu />
            <ThemeSwitcher />
        </header>
        <VerifyBanner />
        <PolicyNotice />
        <ConsentBanner />
        <main id="main" tabindex="-1">{children()}</main>
        <Footer />
        <UsageBeacon />
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <nav aria-label=i18n.t("nav-legal")>
                <ul class="footer-links">
                    <li><a href="/privacy">{i18n.t("nav-privacy")}</a></li>
                    <li><a href="/cookies">{i18n.t("nav-cookies")}</a></li>
                    <li><a href="/terms">{i18n.t("nav-terms")}</a></li>
                    <li><a href="/cookie-settings">{i18n.t("consent-footer-link")}</a></li>
                </ul>
            </nav>
            <LocaleSwitcher />
        </footer>
    }
}
