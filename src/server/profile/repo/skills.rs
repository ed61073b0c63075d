//! `profile_skills`: skills as tags, unique per user in any case.

use super::owner;
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SkillRow {
    pub id: String,
    pub name: String,
}

pub async fn list_skills(scope: &Scope, db: &Db) -> Result<Vec<SkillRow>, AppError> {
    let user_id = owner(scope)?;
    Ok(sqlx::query_as(
        "SELECT id, name FROM profile_skills WHERE user_id = $1 ORDER BY name_key, id",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Adds a skill; `Conflict` when the user already has it (any case).
pub async fn insert_skill(
    scope: &Scope,
    db: &Db,
    id: &str,
    name: &str,
    now: i64,
) -> Result<(), AppError> {
    let user_id = owner(scope)?;
    let result = sqlx::query(
        "INSERT INTO profile_skills (id, user_id, name, name_key, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(id)
    .bind(user_id)
    .bind(name)
    .bind(name.to_lowercase())
    .bind(now)
    .execute(&db.pool)
    .await;
    match result {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(AppError::Conflict("skill".into()))
        }
        Err(e) => Err(e.into()),
    }
}
