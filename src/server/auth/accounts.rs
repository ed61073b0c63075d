//! An account as others see it: the signed-in person (`me`), their live
//! sessions and their account history for Settings, and what other
//! domains (privacy, staff tools, seeding) may ask of accounts, so none of
//! them reaches into this domain's SQL: read an account, find one by
//! address, write an entry in its history, create a verified demo account.

use super::{device, repo};
use crate::error::AppError;
use crate::model::account::{AccountEvent, Me, SessionInfo};
use crate::server::db::Db;
use crate::server::scope::Scope;
pub use repo::NewUser;
use repo::UserRow;

/// The account `user_id`, as `scope` may see it.
pub async fn find(scope: &Scope, db: &Db, user_id: &str) -> Result<UserRow, AppError> {
    repo::find(scope, db, user_id).await
}

/// Checks the signed-in person's own password again before a grave act
/// (a staff deletion), counting failures as sign-in does; a wrong one is a
/// `field` error.
pub async fn confirm_password(
    state: &crate::server::state::AppState,
    scope: &Scope,
    password: String,
    field: &str,
) -> Result<(), AppError> {
    let user = repo::find(scope, &state.db, scope.user_id()?).await?;
    let now = crate::server::time::now_ms();
    super::confirm_password(state, &user, password, field, now).await
}

/// The account registered to `email` (any case), for the system's own
/// work (staff tools, background jobs).
pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<UserRow>, AppError> {
    repo::find_by_email(&Scope::System, db, email).await
}

/// Writes `kind` into the account's history, with no device (the act was
/// not a sign-in from a browser, or the device does not matter).
pub async fn record(db: &Db, user_id: &str, kind: &str, now: i64) -> Result<(), AppError> {
    repo::insert_event(&Scope::System, db, user_id, kind, "", now).await
}

/// Creates an account whose address counts as verified (demo data).
pub async fn create_verified(db: &Db, user: &NewUser<'_>, now: i64) -> Result<(), AppError> {
    repo::insert_user(&Scope::System, db, user, now).await?;
    repo::mark_verified(&Scope::System, db, user.id, now).await
}

/// The signed-in person.
pub async fn me(scope: &Scope, db: &Db) -> Result<Me, AppError> {
    let user = repo::find(scope, db, scope.user_id()?).await?;
    Ok(Me {
        id: user.id,
        name: user.name,
        email: user.email,
        email_verified: user.email_verified_at.is_some(),
        role: user.role,
    })
}

/// The person's live sessions; `current` is the one asking.
pub async fn sessions(scope: &Scope, db: &Db, current: &str) -> Result<Vec<SessionInfo>, AppError> {
    let now = crate::server::time::now_ms();
    Ok(repo::list_sessions(scope, db, now)
        .await?
        .into_iter()
        .map(|row| SessionInfo {
            current: row.id == current,
            device: device::describe(&row.user_agent),
            remembered: row.persistent != 0,
            created_at: row.created_at,
            last_seen_at: row.last_seen_at,
            id: row.id,
        })
        .collect())
}

/// The newest `limit` entries of the person's account history.
pub async fn history(scope: &Scope, db: &Db, limit: i64) -> Result<Vec<AccountEvent>, AppError> {
    Ok(repo::list_events(scope, db, limit)
        .await?
        .into_iter()
        .map(|row| AccountEvent {
            kind: row.kind,
            device: row.device,
            at: row.created_at,
        })
        .collect())
}
