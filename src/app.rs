//! The HTML shell, the root component and the route table. Every page
//! renders on the server; the shell's scripts hydrate only the islands.

use crate::ui::components::layout::Layout;
use crate::ui::pages::{
    admin, auth, boards, documents, home::HomePage, insights, not_found::NotFoundPage, policies,
    settings, unsubscribe,
};
use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::{
    ParamSegment, SsrMode, StaticSegment,
    components::{Route, Router, Routes},
};

/// The document around the app, rendered only on the server. It decides the
/// visitor's preferences and the response's CSP nonce.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos::nonce::use_nonce;
    leptos::nonce::provide_nonce();
    let prefs = crate::ui::prefs::from_request();
    provide_context(prefs);
    crate::api::edge::mark_page(use_nonce());
    crate::api::typed::provide();
    view! {
        <!DOCTYPE html>
        <html
            lang=prefs.locale.tag()
            data-theme=prefs.theme.as_str()
            data-consent=crate::ui::components::consent_banner::from_request().as_str()
        >
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.ico" />
                <link rel="stylesheet" href="/pkg/offerline.css" />
                <crate::ui::islands::IslandScripts options />
                <leptos_meta::MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title formatter=move |page: String| {
            if page.is_empty() { "Offerline".to_string() } else { format!("{page} · Offerline") }
        } />
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async />
                    <Route path=StaticSegment("privacy") view=policies::PrivacyPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("cookies") view=policies::CookiesPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("terms") view=policies::TermsPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("cookie-settings") view=crate::ui::pages::consent::ConsentPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("sign-up") view=auth::SignUpPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("sign-in") view=auth::SignInPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("forgot-password") view=auth::ForgotPasswordPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("reset-password") view=auth::ResetPasswordPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("verify-email") view=auth::VerifyEmailPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("confirm-email") view=auth::ConfirmEmailPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("boards") view=boards::BoardsPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("boards"), ParamSegment("id")) view=boards::BoardPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("boards"), ParamSegment("id"), StaticSegment("import")) view=boards::ImportPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("cards"), ParamSegment("id")) view=boards::CardPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("companies"), ParamSegment("id")) view=boards::CompanyPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("insights") view=insights::InsightsPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("documents") view=documents::DocumentsPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("documents"), ParamSegment("id")) view=documents::DocumentPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("settings") view=settings::AccountSettingsPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("settings"), StaticSegment("profile")) view=settings::ProfilePage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("settings"), StaticSegment("sessions")) view=settings::SessionsPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("settings"), StaticSegment("data")) view=settings::DataPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("settings"), StaticSegment("data"), StaticSegment("exports"), ParamSegment("id")) view=settings::PreparedDownloadPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("settings"), StaticSegment("privacy")) view=settings::PrivacySettingsPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("unsubscribe") view=unsubscribe::UnsubscribePage ssr=SsrMode::Async />
                    <Route path=StaticSegment("admin") view=admin::AdminPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("settings"), StaticSegment("support")) view=settings::SupportPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("settings"), StaticSegment("support"), ParamSegment("id")) view=settings::SupportTicketPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("support")) view=admin::AdminSupportPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("support"), ParamSegment("id")) view=admin::AdminTicketPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("policies")) view=admin::AdminPoliciesPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("analytics")) view=admin::AnalyticsPage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}
