//! Staff tools (P20, P30): what support staff and administrators may do to
//! another person's account. Each act is checked against the caller's role,
//! asks an administrator for their password again and a reason, and is
//! written to the audit log: deleting an account found to belong to someone
//! under 18, at once and in full, and signing a person out everywhere (a
//! stolen session, a shared device). SQL in `repo.rs`.

pub mod repo;

pub use repo::{Access, Entry};

use crate::error::{AppError, FieldError};
use crate::model::admin::{AuditEntry, REASON_MAX};
use crate::server::auth::accounts;
use crate::server::auth::validate;
use crate::server::db::Db;
use crate::server::scope::{Role, Scope};
use crate::server::state::AppState;
use crate::server::time::now_ms;

/// Audit action: a minor's account was deleted by staff.
pub const MINOR_DELETED: &str = "account.deleted_minor";
/// Audit action: staff read the audit log.
pub const AUDIT_VIEWED: &str = "audit_log.viewed";
/// Audit action: staff read the usage dashboard.
pub const ANALYTICS_VIEWED: &str = "analytics.viewed";
/// Audit action: an administrator published a policy version (the reason
/// is the version).
pub const POLICY_PUBLISHED: &str = "policy.published";
/// Audit action: an account was made an administrator, at the command line.
pub const ADMIN_MADE: &str = "account.made_admin";
/// Audit action: an administrator ended every session of an account.
pub const SESSIONS_ENDED: &str = "account.sessions_ended";

/// What an administrator gives to delete a minor's account.
pub struct MinorDeletion {
    pub email: String,
    /// The administrator's own password, asked again for this act.
    pub password: String,
    /// Why, in the administrator's words (kept in the audit log).
    pub reason: String,
    pub confirmed: bool,
}

/// Deletes the account registered to `email` because it belongs to a minor
/// (P30). Only an administrator may, after typing their own password again
/// (failures count as for sign-in) and a reason; the deletion takes every
/// row of the account with it (sessions, queued emails, boards, profile:
/// all cascade; stored and `.eml` files just before, as for every
/// erasure), at once rather than after the grace period of a self-service
/// deletion, and the audit log keeps who did it, when and why, with only a
/// keyed hash of the account.
pub async fn delete_minor_account(
    state: &AppState,
    scope: &Scope,
    input: MinorDeletion,
) -> Result<(), AppError> {
    let admin = scope.admin()?;
    let mut errors = act_errors(&input.email, &input.reason, &input.password);
    if !input.confirmed {
        errors.push(FieldError::new("confirmed", "error-admin-confirm-minor"));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    accounts::confirm_password(state, scope, input.password, "password").await?;
    let target = accounts::find_by_email(&state.db, input.email.trim())
        .await?
        .ok_or_else(|| AppError::field("email", "error-admin-no-account"))?;
    if Role::parse(&target.role) != Some(Role::User) {
        return Err(AppError::field("email", "error-admin-staff-account"));
    }
    let entry = entry(
        state,
        &admin.user_id,
        MINOR_DELETED,
        &target.id,
        &input.reason,
    );
    crate::server::privacy::erasure::erase_outside_database(state, &target.id).await?;
    repo::delete_account(scope, &state.db, &target.id, &entry, now_ms()).await?;
    tracing::info!(
        action = MINOR_DELETED,
        "an administrator deleted an account"
    );
    Ok(())
}

/// What an administrator gives to sign a person out everywhere.
pub struct SessionsEnding {
    pub email: String,
    /// The administrator's own password, asked again for this act.
    pub password: String,
    /// Why, in the administrator's words (kept in the audit log).
    pub reason: String,
}

/// Ends every session of the account registered to `email` (a stolen
/// session, a lost shared device): only an administrator may, after typing
/// their own password again and a reason, and not for their own account
/// (settings do that). The person sees it in their security history; the
/// audit log keeps who did it, when and why. Answers how many sessions
/// ended.
pub async fn end_sessions(
    state: &AppState,
    scope: &Scope,
    input: SessionsEnding,
) -> Result<u64, AppError> {
    let admin = scope.admin()?;
    let errors = act_errors(&input.email, &input.reason, &input.password);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    accounts::confirm_password(state, scope, input.password, "password").await?;
    let target = accounts::find_by_email(&state.db, input.email.trim())
        .await?
        .ok_or_else(|| AppError::field("email", "error-admin-no-account"))?;
    if target.id == admin.user_id {
        return Err(AppError::field("email", "error-admin-own-account"));
    }
    let entry = entry(
        state,
        &admin.user_id,
        SESSIONS_ENDED,
        &target.id,
        &input.reason,
    );
    let ended = repo::end_sessions(scope, &state.db, &target.id, &entry, now_ms()).await?;
    accounts::record(&state.db, &target.id, "sessions_ended_by_staff", now_ms()).await?;
    tracing::info!(
        action = SESSIONS_ENDED,
        ended,
        "an administrator ended an account's sessions"
    );
    Ok(ended)
}

/// The errors of an act's common fields: whose account, why, and the
/// administrator's password.
fn act_errors(email: &str, reason: &str, password: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Err(key) = validate::email(email.trim()) {
        errors.push(FieldError::new("email", key));
    }
    let reason = reason.trim();
    if reason.is_empty() {
        errors.push(FieldError::new("reason", "error-required"));
    } else if reason.chars().count() > REASON_MAX {
        errors.push(FieldError::new("reason", "error-admin-reason-long"));
    }
    if password.is_empty() {
        errors.push(FieldError::new("password", "error-required"));
    }
    errors
}

/// The audit entry of `action` by `actor` on the account `subject`.
fn entry(
    state: &AppState,
    actor: &str,
    action: &'static str,
    subject: &str,
    reason: &str,
) -> Entry {
    Entry {
        id: uuid::Uuid::now_v7().to_string(),
        actor_id: Some(actor.to_string()),
        action,
        subject_hash: subject_hash(state, subject),
        reason: reason.trim().to_string(),
    }
}

/// The keyed hash that names an account in the audit log: whoever holds
/// the instance's secret key and an account id can check an entry, nobody
/// can read an id out of it.
pub fn subject_hash(state: &AppState, user_id: &str) -> String {
    state.config.secrets.secret_key.keyed_hash("audit", user_id)
}

/// Writes an act of staff to the audit log.
pub async fn audit(scope: &Scope, db: &Db, entry: &Entry, now: i64) -> Result<(), AppError> {
    repo::insert(scope, db, entry, now).await
}

/// Writes `action` by the signed-in staff member (or, with the system's
/// scope, the operator) to the audit log, about the account `subject` if
/// any, with `reason`.
pub async fn note(
    state: &AppState,
    scope: &Scope,
    action: &'static str,
    subject: Option<&str>,
    reason: &str,
) -> Result<(), AppError> {
    let actor_id = match scope {
        Scope::System => None,
        _ => Some(scope.staff()?.user_id.clone()),
    };
    let entry = Entry {
        id: uuid::Uuid::now_v7().to_string(),
        actor_id,
        action,
        subject_hash: subject.map_or_else(String::new, |id| subject_hash(state, id)),
        reason: reason.to_string(),
    };
    repo::insert(scope, &state.db, &entry, now_ms()).await
}

/// Whether audit entry `id` grants the signed-in staff member `access`.
pub async fn grants(
    scope: &Scope,
    db: &Db,
    id: &str,
    access: &Access<'_>,
) -> Result<bool, AppError> {
    repo::grants(scope, db, id, access).await
}

/// The newest entries of the audit log, as staff pages list them: the
/// subject by the start of its keyed hash only.
pub async fn recent(
    state: &AppState,
    scope: &Scope,
    limit: i64,
) -> Result<Vec<AuditEntry>, AppError> {
    let me = scope.staff()?.user_id.clone();
    // Reading the log is itself written to it, before it is read.
    note(state, scope, AUDIT_VIEWED, None, "").await?;
    Ok(repo::recent(scope, &state.db, limit)
        .await?
        .into_iter()
        .map(|row| AuditEntry {
            action: row.action,
            subject: row.subject_hash.chars().take(12).collect(),
            by_me: row.actor_id.as_deref() == Some(me.as_str()),
            at: row.created_at,
        })
        .collect())
}
