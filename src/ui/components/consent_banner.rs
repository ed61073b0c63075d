//! The cookie banner (P29), shown while the visitor has no valid choice
//! (except on the cookie choices page, which is the choice itself).
//! Its three choices ("Accept analytics", "Reject", "Choose") are the same
//! size and weight, on the first layer. It sits in the page flow, so the
//! site stays usable while it is open. The first two are plain form posts
//! (the server sets the cookie and sends the browser back) and "Choose" is
//! a link to the cookie choices page. The consent is decided
//! on the server for each request and handed to the browser through
//! `<html data-consent>`, like the other preferences.

use crate::api::privacy::consent::SaveConsent;
use crate::model::consent::Consent;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The consent of the request being rendered (the shell writes it onto
/// `<html data-consent>`, where the islands read it).
#[cfg(feature = "ssr")]
pub fn from_request() -> Consent {
    crate::api::edge::request_consent()
}

/// [`from_request`], in code that also compiles for the browser.
pub fn current() -> Consent {
    #[cfg(feature = "ssr")]
    {
        from_request()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Consent::default()
    }
}

#[component]
pub fn ConsentBanner() -> impl IntoView {
    let i18n = use_i18n();
    let consent = current();
    let action = ServerAction::<SaveConsent>::new();
    let location = use_location();
    let here = crate::ui::url::here(&location);
    let choose = move || {
        let back = crate::ui::url::encode(&here());
        format!("/cookie-settings?return_to={back}")
    };
    // The choices page is itself the choice: no banner above it.
    let shown = move || consent == Consent::Ask && location.pathname.get() != "/cookie-settings";
    move || {
        shown().then(|| {
            view! {
                <section class="consent-banner" aria-labelledby="consent-banner-title">
                    <div class="consent-banner-inner">
                        <h2 id="consent-banner-title">{i18n.t("consent-banner-title")}</h2>
                        <p>
                            {i18n.t("consent-banner-body")} " "
                            <a href="/cookies">{i18n.t("consent-banner-policy")}</a>
                        </p>
                        <ActionForm action attr:class="consent-actions">
                            <input type="hidden" name="source" value="banner" />
                            <input type="hidden" name="return_to" value=here />
                            <button type="submit" name="choice" value="accept" class="button consent-choice">
                                {i18n.t("consent-accept")}
                            </button>
                            <button type="submit" name="choice" value="reject" class="button consent-choice">
                                {i18n.t("consent-reject")}
                            </button>
                            <a class="button consent-choice" href=choose>{i18n.t("consent-choose")}</a>
                        </ActionForm>
                    </div>
                </section>
            }
        })
    }
}
