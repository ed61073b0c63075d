//! Erasure (P22, P25): "Delete my account" and the purge that follows it.
//!
//! Asking to delete (with the password) disables the account at once: every
//! session ends, queued emails and jobs are cancelled, and sign-in is
//! refused, except that signing in with the right password within the grace
//! period (`OFFERLINE_DELETION_GRACE_DAYS`, default 7) cancels the deletion.
//! Once the grace period is over, the recurring purge job deletes the
//! `users` row; every personal table references it with `ON DELETE
//! CASCADE`, so the rows go with it in one statement (its stored files,
//! everything under `users/<id>/`, and the `.eml` files of its mail are
//! deleted just before: [`erase_outside_database`]), and the audit log
//! keeps only keyed hashes (its staff column is set to NULL). The grace
//! period is always shorter than the retention window
//! (`OFFERLINE_RETENTION_DAYS`, at most 90), and the purge runs every hour,
//! so everything is gone within the window. Anonymous aggregates
//! (`analytics_daily`) hold no user and stay. SQL in `repo.rs`.

pub mod repo;

use crate::error::AppError;
use crate::server::auth::accounts;
use crate::server::auth::password::Verified;
use crate::server::jobs::Every;
use crate::server::mail::{self, Outgoing, Template};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::{DAY_MS, HOUR_MS, now_ms};

/// Recurring: erases the accounts whose grace period is over.
pub const PURGE: Every = Every::new("privacy.purge", HOUR_MS);
/// Accounts erased by one run of the purge; the next run takes the rest.
const PURGE_BATCH: i64 = 200;

/// Disables the signed-in user's account for deletion, after checking
/// their password (`password` field error when wrong). Returns when the
/// purge will erase it.
pub async fn request(state: &AppState, scope: &Scope, password: String) -> Result<i64, AppError> {
    let user_id = scope.user_id()?.to_string();
    let user = accounts::find(scope, &state.db, &user_id).await?;
    let now = now_ms();
    let subject = crate::server::ratelimit::email_subject(&user.email);
    let limit = &crate::server::ratelimit::SIGN_IN_FAILURES;
    if password.is_empty() {
        return Err(AppError::field("password", "error-required"));
    }
    // Counted before the hash, as a failure until it proves right (see
    // `auth::signing::sign_in`).
    crate::server::ratelimit::hit(state, limit, &subject, now).await?;
    match state
        .hasher
        .verify(password, user.password_hash.clone())
        .await?
    {
        Verified::Yes { .. } => crate::server::ratelimit::clear(state, limit, &subject).await?,
        Verified::No => return Err(AppError::field("password", "error-password-wrong")),
    }
    let purge_after = now + i64::from(state.config.deletion_grace_days) * DAY_MS;
    repo::schedule(scope, &state.db, &user_id, now, purge_after).await?;
    accounts::record(&state.db, &user_id, "deletion_requested", now).await?;
    let locale = crate::i18n::Locale::from_tag(&user.locale).unwrap_or_default();
    mail::queue(
        state,
        &Scope::System,
        Outgoing {
            to: user.email.clone(),
            to_name: Some(user.name.clone()),
            user_id: Some(user_id.clone()),
            locale,
            template: Template::DeletionScheduled {
                name: user.name.clone(),
                purge_date: date(purge_after),
                sign_in_link: state.config.link("/sign-in"),
            },
        },
    )
    .await?;
    tracing::info!("account disabled for deletion");
    Ok(purge_after)
}

/// Re-enables an account whose deletion is pending, when its owner signs in
/// within the grace period. `false` when there was nothing to cancel.
pub async fn cancel(state: &AppState, user_id: &str, now: i64) -> Result<bool, AppError> {
    let cancelled = repo::cancel(&Scope::System, &state.db, user_id, now).await?;
    if cancelled {
        accounts::record(&state.db, user_id, "deletion_cancelled", now).await?;
    }
    Ok(cancelled)
}

/// Erases every account whose grace period ended by `now`; returns how
/// many. The job calls it with the clock; tests with a later time.
pub async fn purge_due(state: &AppState, now: i64) -> Result<usize, AppError> {
    let mut erased = 0;
    loop {
        let due = repo::due(&Scope::System, &state.db, now, PURGE_BATCH).await?;
        if due.is_empty() {
            return Ok(erased);
        }
        for user_id in &due {
            erase_outside_database(state, user_id).await?;
            repo::erase(&Scope::System, &state.db, user_id, now).await?;
            erased += 1;
        }
        tracing::info!(count = due.len(), "erased deleted accounts");
    }
}

/// Deletes what an account keeps outside the database: its stored files
/// (everything under `users/<id>/`: prepared exports, documents) and the
/// `.eml` files of its mail. Every erasure of an account, by the purge or
/// by staff (`admin::delete_minor_account`), calls this just before the
/// account's row goes, taking every other row with it.
pub async fn erase_outside_database(state: &AppState, user_id: &str) -> Result<(), AppError> {
    let files = state
        .storage
        .delete_prefix(&crate::server::storage::user_prefix(user_id))
        .await?;
    let mail = mail::repo::ids_of_user(&Scope::System, &state.db, user_id).await?;
    let emls = state
        .mailer
        .forget(mail)
        .await
        .map_err(AppError::upstream)?;
    if files + emls > 0 {
        tracing::info!(files, emls, "deleted an erased account's files");
    }
    Ok(())
}

/// Erasure's background work: the purge.
pub fn jobs(
    registry: crate::server::jobs::Registry<AppState>,
) -> crate::server::jobs::Registry<AppState> {
    registry.every(PURGE, purge)
}

/// The recurring purge job.
pub async fn purge(state: AppState) -> Result<(), AppError> {
    purge_due(&state, now_ms()).await.map(|_| ())
}

/// `YYYY-MM-DD` (UTC) of `at_ms`, as emails state the purge date.
fn date(at_ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(at_ms)
        .unwrap_or_default()
        .date_naive()
        .to_string()
}
