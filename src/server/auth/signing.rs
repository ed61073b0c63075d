//! Getting in and out: sign-up (and the verification link it sends),
//! sign-in with lockout, sign-out, and the administrators made from the
//! command line.

use super::{
    CONFIRM_LINK_MS, Carries, Issued, MINUTE_MS, new_token, notify, password, record, repo, tokens,
    validate,
};
use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::server::auth::password::Verified;
use crate::server::auth::repo::{NewSession, NewUser, Purpose, UserRow};
use crate::server::auth::session::Client;
use crate::server::ratelimit::{self, email_subject, ip_subject};
use crate::server::scope::{Role, Scope};
use crate::server::security_events;
use crate::server::state::AppState;
use crate::server::time::now_ms;

pub struct SignUp {
    pub name: String,
    pub email: String,
    pub password: String,
    pub age_confirmed: bool,
    pub policy_accepted: bool,
    pub remember: bool,
    pub locale: Locale,
}

/// What a sign-up leaves in the browser, whatever the address: the value
/// of its `offerline_sign_up` cookie (see [`BrowserLink`]).
#[derive(Debug, Clone)]
pub struct SignUpSent {
    pub browser: BrowserLink,
}

/// Creates an account and emails the link that confirms its address and
/// signs the browser in. The answer is the same for an address that
/// already has an account, after the same work: then no account is made
/// and the owner is told by email that someone tried. Only valid requests
/// count against the address's limit, and past it the answer stays the
/// same but no more email goes out, so nobody can block another person's
/// sign-up or learn whether they have an account.
pub async fn sign_up(
    state: &AppState,
    client: &Client,
    input: SignUp,
) -> Result<SignUpSent, AppError> {
    let now = now_ms();
    ratelimit::hit(state, &ratelimit::SIGN_UP_IP, &ip_subject(client.ip), now).await?;
    let name = input.name.trim().to_string();
    let email = input.email.trim().to_string();
    let mut errors: Vec<FieldError> = Vec::new();
    if let Err(key) = validate::name(&name) {
        errors.push(FieldError::new("name", key));
    }
    if let Err(key) = validate::email(&email) {
        errors.push(FieldError::new("email", key));
    }
    if let Err(key) = password::check_policy(&input.password, &email, &name) {
        errors.push(FieldError::new("password", key));
    }
    if !input.age_confirmed {
        errors.push(FieldError::new("age_confirmed", "error-age-required"));
    }
    if !input.policy_accepted {
        errors.push(FieldError::new("policy_accepted", "error-policy-required"));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let may_email = ratelimit::allows(
        state,
        &ratelimit::SIGN_UP_ACCOUNT,
        &email_subject(&email),
        now,
    )
    .await?;
    let browser = BrowserLink::new(input.remember);
    // Hashed either way, so a taken address answers as slowly as a new one.
    let hash = state.hasher.hash(input.password).await?;
    if let Some(owner) = repo::find_by_email(&Scope::System, &state.db, &email).await? {
        if may_email {
            notify::address_in_use(state, &owner, notify::Attempt::SignUp).await?;
        }
        return Ok(SignUpSent { browser });
    }
    // The version the person just accepted: the one in force (P31).
    let policy_version = crate::server::policies::current_version(state).await?;
    let id = uuid::Uuid::now_v7().to_string();
    let user = NewUser {
        id: &id,
        email: &email,
        name: &name,
        role: Role::User,
        locale: input.locale.tag(),
        password_hash: Some(&hash),
        policy_version: Some(&policy_version),
        age_confirmed: true,
    };
    match repo::insert_user(&Scope::System, &state.db, &user, now).await {
        Ok(()) => {}
        // Taken in the meantime by a sign-up running alongside.
        Err(AppError::Conflict(_)) => return Ok(SignUpSent { browser }),
        Err(other) => return Err(other),
    }
    let row = repo::find(&Scope::System, &state.db, &id).await?;
    send_verification(state, &row, Carries::Browser(&browser.digest()), now).await?;
    crate::server::onboarding::schedule_tips(state, &id, now).await?;
    record(state, &id, "signed_up", client, now).await?;
    Ok(SignUpSent { browser })
}

/// The random value a signing-up browser keeps in its `offerline_sign_up`
/// cookie, with its "remember me" choice: `<64 hex>` or `<64 hex>.remember`.
/// The verification link keeps only its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrowserLink {
    secret: String,
    pub remember: bool,
}

impl BrowserLink {
    fn new(remember: bool) -> BrowserLink {
        BrowserLink {
            secret: tokens::generate().0,
            remember,
        }
    }

    /// The cookie's value.
    pub fn cookie_value(&self) -> String {
        if self.remember {
            format!("{}.remember", self.secret)
        } else {
            self.secret.clone()
        }
    }

    /// Reads a cookie's value back; `None` when it is not one of ours.
    pub fn parse(value: &str) -> Option<BrowserLink> {
        let (secret, remember) = match value.split_once('.') {
            Some((secret, "remember")) => (secret, true),
            Some(_) => return None,
            None => (value, false),
        };
        (secret.len() == 64 && secret.bytes().all(|b| b.is_ascii_hexdigit())).then(|| BrowserLink {
            secret: secret.to_string(),
            remember,
        })
    }

    fn digest(&self) -> String {
        tokens::digest(&self.secret)
    }
}

/// Signs in with email and password. Wrong credentials, unknown accounts
/// and disabled accounts get the same answer after the same work, except
/// an account whose deletion is pending: the right password within the
/// grace period cancels the deletion and signs in. After
/// [`ratelimit::SIGN_IN_FAILURES`] failures the account is locked for the
/// rest of the window and its owner is told by email.
pub async fn sign_in(
    state: &AppState,
    client: &Client,
    email: &str,
    password: String,
    remember: bool,
) -> Result<Issued, AppError> {
    let now = now_ms();
    let subject = email_subject(email);
    ratelimit::hit(state, &ratelimit::SIGN_IN_IP, &ip_subject(client.ip), now).await?;
    // Each attempt counts as a failure before its password is hashed, in
    // one atomic step, and is forgotten when it proves right: parallel
    // guesses cannot all pass a check made before any of them is counted.
    let failures = ratelimit::hit(state, &ratelimit::SIGN_IN_FAILURES, &subject, now).await?;
    let user = repo::find_by_email(&Scope::System, &state.db, email)
        .await?
        .filter(|u| u.disabled_at.is_none() || u.purge_after.is_some_and(|at| at > now));
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let verified = state.hasher.verify(password.clone(), stored).await?;
    let (Some(user), Verified::Yes { rehash }) = (user.clone(), verified) else {
        let account = user.as_ref().map(|u| u.id.as_str());
        security_events::event("sign_in_failed", account);
        if failures == ratelimit::SIGN_IN_FAILURES.max {
            security_events::event("sign_in_locked", account);
        }
        if let Some(user) = &user {
            record(state, &user.id, "sign_in_failed", client, now).await?;
            if failures == ratelimit::SIGN_IN_FAILURES.max {
                record(state, &user.id, "locked", client, now).await?;
                let minutes = ratelimit::SIGN_IN_FAILURES.window_ms / MINUTE_MS;
                notify::account_locked(state, user, minutes).await?;
            }
        }
        return Err(AppError::field("password", "error-sign-in-failed"));
    };
    ratelimit::clear(state, &ratelimit::SIGN_IN_FAILURES, &subject).await?;
    if rehash {
        let hash = state.hasher.hash(password).await?;
        repo::set_password_hash(&Scope::System, &state.db, &user.id, &hash, now).await?;
    }
    let deletion_cancelled = user.disabled_at.is_some()
        && crate::server::privacy::erasure::cancel(state, &user.id, now).await?;
    let mut issued = start_session(state, &user.id, client, remember, now).await?;
    issued.deletion_cancelled = deletion_cancelled;
    record(state, &user.id, "signed_in", client, now).await?;
    Ok(issued)
}

/// Ends the session `session_id` of the signed-in user.
pub async fn sign_out(state: &AppState, scope: &Scope, session_id: &str) -> Result<(), AppError> {
    repo::delete_session(scope, &state.db, session_id).await
}

/// Ends every session of the signed-in user, this one included.
pub async fn sign_out_everywhere(state: &AppState, scope: &Scope) -> Result<u64, AppError> {
    let user = scope.user()?;
    repo::delete_sessions_of(scope, &state.db, &user.user_id, None).await
}

async fn start_session(
    state: &AppState,
    user_id: &str,
    client: &Client,
    remember: bool,
    now: i64,
) -> Result<Issued, AppError> {
    let (token, token_hash) = tokens::generate();
    let id = uuid::Uuid::now_v7().to_string();
    let lifetime_ms = state.config.session_lifetime.as_millis() as i64;
    repo::insert_session(
        &Scope::System,
        &state.db,
        &NewSession {
            id: &id,
            user_id,
            token_hash: &token_hash,
            persistent: remember,
            user_agent: &client.user_agent,
            expires_at: now + lifetime_ms,
        },
        now,
    )
    .await?;
    Ok(Issued {
        user_id: user_id.to_string(),
        session_id: id,
        token,
        max_age_secs: remember.then_some(lifetime_ms / 1000),
        deletion_cancelled: false,
    })
}

async fn send_verification(
    state: &AppState,
    user: &UserRow,
    carries: Carries<'_>,
    now: i64,
) -> Result<(), AppError> {
    let token = new_token(
        state,
        &user.id,
        Purpose::VerifyEmail,
        carries,
        now + CONFIRM_LINK_MS,
        now,
    )
    .await?;
    notify::verify_email(state, user, &token).await
}

/// Sends a new verification link to the signed-in user (a few per hour).
pub async fn resend_verification(state: &AppState, scope: &Scope) -> Result<(), AppError> {
    let now = now_ms();
    let user_id = &scope.user()?.user_id;
    let user = repo::find(scope, &state.db, user_id).await?;
    if user.email_verified_at.is_some() {
        return Ok(());
    }
    ratelimit::hit(state, &ratelimit::EMAIL_SEND_ACCOUNT, user_id, now).await?;
    send_verification(state, &user, Carries::Nothing, now).await
}

/// Uses a verification link. Opened in the browser that signed up (it
/// holds `browser`, the cookie whose hash the link keeps), it also signs
/// that browser in: the answer is the new session.
pub async fn verify_email(
    state: &AppState,
    client: &Client,
    token: &str,
    browser: Option<&BrowserLink>,
) -> Result<Option<Issued>, AppError> {
    let now = now_ms();
    let hash = tokens::digest(token.trim());
    let used = repo::consume_token(&Scope::System, &state.db, &hash, Purpose::VerifyEmail, now)
        .await?
        .ok_or_else(|| AppError::field("token", "error-link-invalid"))?;
    repo::mark_verified(&Scope::System, &state.db, &used.user_id, now).await?;
    let same_browser = match (browser, used.browser_hash.as_deref()) {
        // Both are hashes of secrets: comparing them leaks nothing usable.
        (Some(browser), Some(kept)) => browser.digest() == kept,
        _ => false,
    };
    if !same_browser {
        return Ok(None);
    }
    let user = repo::find(&Scope::System, &state.db, &used.user_id).await?;
    if user.disabled_at.is_some() {
        return Ok(None);
    }
    let remember = browser.is_some_and(|b| b.remember);
    let issued = start_session(state, &used.user_id, client, remember, now).await?;
    record(state, &used.user_id, "signed_in", client, now).await?;
    Ok(Some(issued))
}

/// Creates the first (or another) administrator, or promotes an existing
/// account. There is no default password: the answer is a single-use link,
/// valid for a day, where the administrator sets one.
pub async fn create_admin(state: &AppState, email: &str, name: &str) -> Result<String, AppError> {
    let now = now_ms();
    let email = email.trim();
    validate::email(email).map_err(|key| AppError::field("email", key))?;
    let user_id = match repo::find_by_email(&Scope::System, &state.db, email).await? {
        Some(user) => {
            repo::set_role(&Scope::System, &state.db, &user.id, Role::Admin, now).await?;
            user.id
        }
        None => {
            let name = name.trim();
            validate::name(name).map_err(|key| AppError::field("name", key))?;
            let id = uuid::Uuid::now_v7().to_string();
            let user = NewUser {
                id: &id,
                email,
                name,
                role: Role::Admin,
                locale: Locale::default().tag(),
                password_hash: None,
                policy_version: None,
                age_confirmed: false,
            };
            repo::insert_user(&Scope::System, &state.db, &user, now).await?;
            id
        }
    };
    let made = crate::server::admin::ADMIN_MADE;
    crate::server::admin::note(state, &Scope::System, made, Some(&user_id), "command line").await?;
    let token = new_token(
        state,
        &user_id,
        Purpose::ResetPassword,
        Carries::Nothing,
        now + CONFIRM_LINK_MS,
        now,
    )
    .await?;
    Ok(notify::link(state, "/reset-password", &token))
}
