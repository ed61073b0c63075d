//! Versioned policies (P31): which version of the privacy policy, cookie
//! policy and terms is in force, publishing a new one (administrators, or
//! `offerline publish-policy`), emailing every user about it in their
//! language, and the in-app notice each user sees until they acknowledge
//! the newest version. SQL in `repo.rs`.
//!
//! A version takes effect at midnight UTC of its effective day; one with a
//! later day is announced at once (email and notice) and comes into force
//! on that day. Sign-ups and consents are recorded against the version in
//! force.

pub mod repo;

use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::model::format::utc_date;
use crate::model::policies::{PolicyChange, SUMMARY_MAX_CHARS, VERSION_MAX_CHARS};
use crate::server::jobs::{self, Job, NewJob};
use crate::server::mail::{self, Outgoing, Template};
use crate::server::scope::{Role, Scope};
use crate::server::state::AppState;
use crate::server::time::now_ms;
use repo::VersionRow;

/// Job kind: emails every user about a new version.
/// The first version of the privacy policy, cookie policy and terms (the
/// one the first migration stores). Later versions are published into the
/// database; [`current_version`] names the one in force.
pub const FIRST_VERSION: &str = "2026-11-23";

/// The version of the policies in force: what a consent or a sign-up is
/// recorded against.
pub async fn current_version(state: &AppState) -> Result<String, AppError> {
    Ok(in_force(state).await?.version)
}

pub const NOTIFY_JOB: &str = "policies.notify";
/// Users handled per batch of the notification job.
const BATCH: i64 = 200;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The version in force now (the first version is in the first migration,
/// so there always is one).
pub async fn in_force(state: &AppState) -> Result<VersionRow, AppError> {
    let scope = Scope::System;
    match repo::in_force(&scope, &state.db, now_ms()).await? {
        Some(row) => Ok(row),
        // Only announced versions: the oldest of them is the reference.
        None => repo::list(&scope, &state.db)
            .await?
            .pop()
            .ok_or_else(AppError::internal),
    }
}

/// The summary of `row` in `locale`, English when it has none in it.
pub fn summary(row: &VersionRow, locale: Locale) -> String {
    let text = match locale {
        Locale::En => &row.summary_en,
        Locale::Nl => &row.summary_nl,
        Locale::Fr => &row.summary_fr,
    };
    if text.trim().is_empty() {
        row.summary_en.clone()
    } else {
        text.clone()
    }
}

pub fn change(row: &VersionRow, locale: Locale) -> PolicyChange {
    PolicyChange {
        version: row.version.clone(),
        effective_at: row.effective_at,
        summary: summary(row, locale),
    }
}

/// Every version, newest first, in `locale`.
pub async fn history(state: &AppState, locale: Locale) -> Result<Vec<PolicyChange>, AppError> {
    Ok(repo::list(&Scope::System, &state.db)
        .await?
        .iter()
        .map(|row| change(row, locale))
        .collect())
}

/// The newest version, when the signed-in user has not acknowledged it
/// (nor accepted it at sign-up); `None` for visitors.
pub async fn pending_notice(
    state: &AppState,
    scope: &Scope,
    locale: Locale,
) -> Result<Option<PolicyChange>, AppError> {
    if scope.user().is_err() {
        return Ok(None);
    }
    let Some(newest) = repo::newest(scope, &state.db).await? else {
        return Ok(None);
    };
    let seen = repo::acknowledged(scope, &state.db).await?;
    // Accounts made without a sign-up (the command line, demo data) never
    // saw a version; only a change since the first one is news to them.
    let news = match seen.as_deref() {
        Some(seen) => seen != newest.version,
        None => newest.version != FIRST_VERSION,
    };
    Ok(news.then(|| change(&newest, locale)))
}

/// The signed-in user saw the notice of `version` ("Got it").
pub async fn acknowledge(state: &AppState, scope: &Scope, version: &str) -> Result<(), AppError> {
    scope.user()?;
    let known = repo::list(scope, &state.db)
        .await?
        .into_iter()
        .any(|row| row.version == version);
    if !known {
        return Err(AppError::NotFound);
    }
    repo::acknowledge(scope, &state.db, version).await
}

/// What an administrator publishes.
#[derive(Debug, Clone, Default)]
pub struct Publish {
    pub version: String,
    /// `YYYY-MM-DD`.
    pub effective: String,
    pub summary_en: String,
    pub summary_nl: String,
    pub summary_fr: String,
}

/// Only administrators publish; support staff and users find no such tool.
pub fn require_admin(scope: &Scope) -> Result<Option<&str>, AppError> {
    match scope {
        Scope::System => Ok(None),
        _ => {
            let staff = scope.staff()?;
            if staff.role == Role::Admin {
                Ok(Some(staff.user_id.as_str()))
            } else {
                Err(AppError::NotFound)
            }
        }
    }
}

/// Publishes a new version and queues the email to every user. The new
/// version may not take effect before the newest one already published.
pub async fn publish(state: &AppState, scope: &Scope, input: Publish) -> Result<(), AppError> {
    let publisher = require_admin(scope)?;
    let version = input.version.trim();
    let mut errors = Vec::new();
    let version_ok = !version.is_empty()
        && version.chars().count() <= VERSION_MAX_CHARS
        && version
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
    if !version_ok {
        errors.push(FieldError::new("version", "error-policy-version"));
    }
    let effective_at = parse_day(input.effective.trim());
    if effective_at.is_none() {
        errors.push(FieldError::new("effective", "error-policy-effective"));
    }
    let summaries = [
        ("summary_en", input.summary_en.trim(), true),
        ("summary_nl", input.summary_nl.trim(), false),
        ("summary_fr", input.summary_fr.trim(), false),
    ];
    for (field, text, required) in summaries {
        if required && text.is_empty() {
            errors.push(FieldError::new(field, "error-required"));
        } else if text.chars().count() > SUMMARY_MAX_CHARS {
            errors.push(FieldError::too_long(field, SUMMARY_MAX_CHARS));
        }
    }
    if let (Some(at), Some(newest)) = (effective_at, repo::newest(scope, &state.db).await?)
        && at < newest.effective_at
    {
        errors.push(FieldError::new("effective", "error-policy-effective-order"));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let new = repo::NewVersion {
        version,
        effective_at: effective_at.unwrap_or_default(),
        summary_en: input.summary_en.trim(),
        summary_nl: input.summary_nl.trim(),
        summary_fr: input.summary_fr.trim(),
        published_by: publisher,
    };
    repo::insert(scope, &state.db, &new, now_ms())
        .await
        .map_err(|e| match e {
            AppError::Conflict(_) => AppError::field("version", "error-policy-version-taken"),
            other => other,
        })?;
    let mut job = NewJob::new(NOTIFY_JOB).with_payload(&NotifyPayload {
        version: version.to_string(),
    });
    job.dedupe_key = Some(format!("{NOTIFY_JOB}:{version}"));
    jobs::enqueue(&state.db, job).await?;
    let published = crate::server::admin::POLICY_PUBLISHED;
    crate::server::admin::note(state, scope, published, None, version).await?;
    tracing::info!(version, "policy version published");
    Ok(())
}

#[derive(serde::Serialize, serde::Deserialize)]
struct NotifyPayload {
    version: String,
}

/// The policies' background work: telling everyone of a new version.
pub fn jobs(registry: jobs::Registry<AppState>) -> jobs::Registry<AppState> {
    registry.handle(NOTIFY_JOB, notify)
}

/// Midnight UTC of a `YYYY-MM-DD` day, in unix ms.
pub fn parse_day(day: &str) -> Option<i64> {
    let date = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    let days = date
        .signed_duration_since(chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?)
        .num_days();
    Some(days * DAY_MS)
}

/// The job: emails every active user who was not yet told about the
/// version, in batches; each user is marked once their email is queued,
/// so a re-run continues where the last one stopped.
pub async fn notify(state: AppState, job: Job) -> Result<(), AppError> {
    let NotifyPayload { version } = job.payload()?;
    let scope = Scope::System;
    let row = repo::list(&scope, &state.db)
        .await?
        .into_iter()
        .find(|row| row.version == version)
        .ok_or_else(|| AppError::upstream(format!("unknown policy version {version}")))?;
    let mut link = state.config.base_url.clone();
    link.set_path("/privacy");
    loop {
        let batch = repo::not_notified(&scope, &state.db, &version, BATCH).await?;
        if batch.is_empty() {
            return Ok(());
        }
        for user in batch {
            let locale = Locale::from_tag(&user.locale).unwrap_or_default();
            let mail = Outgoing {
                to: user.email.clone(),
                to_name: Some(user.name.clone()),
                user_id: Some(user.id.clone()),
                locale,
                template: Template::PolicyUpdated {
                    name: user.name.clone(),
                    effective: utc_date(row.effective_at),
                    summary: summary(&row, locale),
                    link: link.to_string(),
                },
            };
            match mail::queue(&state, &scope, mail).await {
                Ok(_) => {}
                // An address that cannot take mail is skipped, not retried forever.
                Err(AppError::Validation(_)) => {
                    tracing::warn!("policy notice skipped an invalid address")
                }
                Err(e) => return Err(e),
            }
            repo::mark_notified(&scope, &state.db, &user.id, &version).await?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_midnight_utc() {
        assert_eq!(parse_day("1970-01-02"), Some(DAY_MS));
        assert_eq!(parse_day("2026-11-23"), Some(1_795_392_000_000));
        assert_eq!(utc_date(1_795_392_000_000), "2026-11-23");
        assert_eq!(parse_day("2026-02-30"), None);
        assert_eq!(parse_day("23/11/2026"), None);
    }
}
