//! The web edge: how every request reaches a domain. A server function's
//! body runs inside [`respond`], which hands it the [`Caller`]; a plain
//! Axum handler (a file download, an upload) takes the same `Caller` as an
//! extractor. Either way the caller carries the state, the scope, the
//! session, the client and the preferences of the request, read once.
//!
//! This is also where an error gets its HTTP status on the way out, and
//! where an upstream failure's detail stops: it is logged and becomes
//! `Internal` with the request id.

use crate::error::AppError;
use crate::i18n::Locale;
use crate::model::consent::Consent;
use crate::model::prefs::Prefs;
use crate::server::auth::session::{Client, CurrentSession};
use crate::server::db::Db;
use crate::server::privacy::analytics::{self, Facts};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use axum::extract::FromRequestParts;
use http::request::Parts;
use leptos::prelude::use_context;
use std::net::{IpAddr, Ipv4Addr};

/// Who is calling, and what every domain call needs.
#[derive(Clone)]
pub struct Caller {
    pub state: AppState,
    /// The signed-in user, or anonymous.
    pub scope: Scope,
    pub session: Option<CurrentSession>,
    pub client: Client,
    /// Language and theme of this request.
    pub prefs: Prefs,
    /// The cookie choice this request carries (set by the consent layer).
    pub consent: Consent,
    /// The analytics visit cookie, when it is well formed.
    pub visit_id: Option<String>,
}

impl Caller {
    /// The caller of the server function or page being served.
    pub fn from_context() -> Result<Caller, AppError> {
        let state = AppState::from_context()?;
        Ok(match use_context::<Parts>() {
            Some(parts) => Caller::of(state, &parts),
            None => Caller {
                state,
                scope: Scope::Anonymous,
                session: None,
                client: unknown_client(),
                prefs: Prefs::default(),
                consent: Consent::default(),
                visit_id: None,
            },
        })
    }

    fn of(state: AppState, parts: &Parts) -> Caller {
        let session = parts.extensions.get::<CurrentSession>().cloned();
        Caller {
            state,
            scope: session
                .as_ref()
                .map_or(Scope::Anonymous, |s| s.scope.clone()),
            client: parts
                .extensions
                .get::<Client>()
                .cloned()
                .unwrap_or_else(unknown_client),
            prefs: prefs_of(parts),
            consent: consent_of(parts),
            visit_id: analytics::visit_from(&parts.headers),
            session,
        }
    }

    /// What analytics may know of this request (P05): the consent, the
    /// visit, the client.
    pub fn facts(&self) -> Facts {
        Facts {
            consent: self.consent,
            visit_id: self.visit_id.clone(),
            ip: self.client.ip,
            user_agent: self.client.user_agent.clone(),
        }
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    pub fn locale(&self) -> Locale {
        self.prefs.locale
    }

    /// A plain form post (no JavaScript) that was refused goes back to
    /// `path` with what was typed in `fields` and the error of server
    /// function `fn_path`, so nothing typed is lost and the error shows at
    /// its field. The hydrated app keeps its fields itself.
    pub fn back_with_typed(
        &self,
        err: &AppError,
        fn_path: &str,
        path: &str,
        fields: &[(&str, &str)],
    ) {
        use leptos::server_fn::error::ServerFnUrlError;
        if !plain_form() || !matches!(err, AppError::Validation(_)) {
            return;
        }
        let mut url = self.state.config.base_url.clone();
        url.set_path(path);
        url.query_pairs_mut().extend_pairs(fields);
        if let Ok(url) = ServerFnUrlError::new(fn_path, err.clone()).to_url(url.as_str()) {
            leptos_axum::redirect(url.as_str());
        }
    }

    /// The signed-in session, or `Unauthorized`.
    pub fn signed_in(&self) -> Result<&CurrentSession, AppError> {
        self.session.as_ref().ok_or(AppError::Unauthorized)
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Caller::of(state.clone(), parts))
    }
}

fn unknown_client() -> Client {
    Client {
        ip: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        user_agent: String::new(),
    }
}

/// The preferences of a request: a signed-in person's profile language
/// wins over the cookie and `Accept-Language`.
fn prefs_of(parts: &Parts) -> Prefs {
    let mut prefs = crate::server::prefs::from_headers(&parts.headers);
    if let Some(locale) = parts
        .extensions
        .get::<CurrentSession>()
        .and_then(|s| s.locale)
    {
        prefs.locale = locale;
    }
    prefs
}

fn consent_of(parts: &Parts) -> Consent {
    parts
        .extensions
        .get::<Consent>()
        .copied()
        .unwrap_or_default()
}

/// The consent of the request being rendered (the shell writes it onto
/// `<html data-consent>`).
pub fn request_consent() -> Consent {
    use_context::<Parts>().map_or_else(Consent::default, |parts| consent_of(&parts))
}

/// Tells the security-header layer that the response being rendered is a
/// page, whose CSP names `nonce` (the shell calls it).
pub fn mark_page(nonce: Option<leptos::nonce::Nonce>) {
    crate::server::headers::set_page_headers(nonce);
}

/// The preferences of the request being rendered (pages read them here).
pub fn request_prefs() -> Prefs {
    use_context::<Parts>().map_or_else(Prefs::default, |parts| prefs_of(&parts))
}

/// Runs a server function's body with its caller and, when it fails, gives
/// the response the error's HTTP status (and `Retry-After`), and an
/// internal error the request id it was logged under.
pub async fn respond<T>(
    body: impl AsyncFnOnce(Caller) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let result = match Caller::from_context() {
        Ok(caller) => body(caller).await,
        Err(err) => Err(err),
    };
    // A plain form post (no JavaScript) is answered by a redirect back to
    // the form, with the error in the URL; a status here would replace it.
    // What a refused plain form sent comes back with it.
    if result.is_err() && plain_form() {
        super::typed::remember();
    }
    if let Err(err) = &result
        && !plain_form()
        && let Some(res) = use_context::<leptos_axum::ResponseOptions>()
    {
        res.set_status(err.status_code());
        if let AppError::RateLimited { retry_after } = err {
            res.insert_header(http::header::RETRY_AFTER, (*retry_after).into());
        }
    }
    result.map_err(|err| match err {
        AppError::Upstream(detail) => {
            tracing::error!(error = %detail, "upstream failure");
            AppError::Internal {
                request_id: crate::server::request_id::current(),
            }
        }
        AppError::Internal { request_id: None } => AppError::Internal {
            request_id: crate::server::request_id::current(),
        },
        other => other,
    })
}

/// Whether this request is a plain form post from a page without
/// JavaScript (it accepts HTML), rather than the hydrated app's call.
pub fn plain_form() -> bool {
    use_context::<Parts>()
        .is_some_and(|parts| crate::server::malformed::is_plain_form(&parts.headers))
}

/// Sends a plain form post on to `path`; the hydrated app stays put and
/// updates in place.
pub fn redirect_plain(path: &str) {
    if plain_form() {
        leptos_axum::redirect(path);
    }
}
