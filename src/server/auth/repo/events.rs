//! `auth_events`: the account history its owner sees (sign-ins, changes,
//! lockouts) with the device.

use super::own;
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

pub async fn insert_event(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    kind: &str,
    device: &str,
    now: i64,
) -> Result<(), AppError> {
    own(scope, user_id)?;
    sqlx::query(
        "INSERT INTO auth_events (id, user_id, kind, device, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(user_id)
    .bind(kind)
    .bind(device)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub kind: String,
    pub device: String,
    pub created_at: i64,
}

/// The signed-in user's latest account events.
pub async fn list_events(scope: &Scope, db: &Db, limit: i64) -> Result<Vec<EventRow>, AppError> {
    let user = scope.user()?;
    Ok(sqlx::query_as(
        "SELECT kind, device, created_at FROM auth_events WHERE user_id = $1 \
         ORDER BY created_at DESC LIMIT $2",
    )
    .bind(&user.user_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}
