//! The header's account area: sign-in and sign-up links for visitors; for a
//! signed-in person the navigation to their pages, their name and sign-out.
//! Also the banner asking to confirm an unverified email address.

use crate::api::auth::{ResendVerification, SignOut};
use crate::ui::i18n::use_i18n;
use crate::ui::session::use_me;
use leptos::prelude::*;

#[component]
pub fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let me = use_me();
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <Transition>
            {move || me.get().map(|me| match me {
                Ok(Some(me)) => view! {
                    <nav class="main-nav" aria-label=i18n.t("nav-main")>
                        <ul>
                            <li><a href="/boards">{i18n.t("nav-boards")}</a></li>
                            <li><a href="/documents">{i18n.t("nav-documents")}</a></li>
                            <li><a href="/insights">{i18n.t("nav-insights")}</a></li>
                            <li><a href="/settings">{i18n.t("nav-settings")}</a></li>
                            {(me.role != "user").then(|| view! {
                                <li><a href="/admin">{i18n.t("nav-admin")}</a></li>
                            })}
                        </ul>
                    </nav>
                    <div class="account">
                        <span class="account-name">{me.name}</span>
                        <ActionForm action=sign_out>
                            <button type="submit" class="button button-secondary button-small">{i18n.t("nav-sign-out")}</button>
                        </ActionForm>
                    </div>
                }.into_any(),
                _ => view! {
                    <div class="account">
                        <a href="/sign-in">{i18n.t("nav-sign-in")}</a>
                        <a class="button button-small" href="/sign-up">{i18n.t("nav-sign-up")}</a>
                    </div>
                }.into_any(),
            })}
        </Transition>
    }
}

#[component]
pub fn VerifyBanner() -> impl IntoView {
    let i18n = use_i18n();
    let me = use_me();
    let resend = ServerAction::<ResendVerification>::new();
    view! {
        <Transition>
            {move || me.get().and_then(|r| r.ok().flatten()).filter(|me| !me.email_verified).map(|me| view! {
                <div class="banner" role="status">
                    <p>{i18n.t_with("verify-banner", &[("email", me.email.into())])}</p>
                    <ActionForm action=resend>
                        <button type="submit" class="button button-secondary button-small">{i18n.t("verify-resend")}</button>
                    </ActionForm>
                </div>
            })}
        </Transition>
    }
}
