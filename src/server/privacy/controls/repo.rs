//! All SQL of the restriction and objection switches, kept on `users`.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::{Objections, Scope};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ControlsRow {
    pub restricted_at: Option<i64>,
    pub objects_analytics: i64,
    pub objects_ai: i64,
    pub objects_product_email: i64,
    pub email: String,
    pub name: String,
    pub locale: String,
    pub email_verified_at: Option<i64>,
    pub disabled_at: Option<i64>,
}

impl ControlsRow {
    pub fn objections(&self) -> Objections {
        Objections {
            analytics: self.objects_analytics != 0,
            ai: self.objects_ai != 0,
            product_email: self.objects_product_email != 0,
        }
    }
}

const COLUMNS: &str = "restricted_at, objects_analytics, objects_ai, objects_product_email, \
     email, name, locale, email_verified_at, disabled_at";

/// The switches of `user_id`: the user themself, or the server (jobs, the
/// unsubscribe link, the mail sender).
pub async fn get(scope: &Scope, db: &Db, user_id: &str) -> Result<Option<ControlsRow>, AppError> {
    match scope {
        Scope::System => {}
        Scope::User(user) if user.user_id == user_id => {}
        Scope::User(_) => return Err(AppError::NotFound),
        Scope::Anonymous => return Err(AppError::Unauthorized),
    }
    Ok(
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE id = $1"))
            .bind(user_id)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// Freezes processing (`Some(now)`) or lifts the freeze (`None`).
pub async fn set_restricted(
    scope: &Scope,
    db: &Db,
    since: Option<i64>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    sqlx::query("UPDATE users SET restricted_at = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id)
        .bind(since)
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Saves the objection switches of the signed-in user.
pub async fn set_objections(
    scope: &Scope,
    db: &Db,
    objections: Objections,
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    sqlx::query(
        "UPDATE users SET objects_analytics = $2, objects_ai = $3, objects_product_email = $4, \
         updated_at = $5 WHERE id = $1",
    )
    .bind(user_id)
    .bind(i64::from(objections.analytics))
    .bind(i64::from(objections.ai))
    .bind(i64::from(objections.product_email))
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The one-click unsubscribe: opts `user_id` out of product email.
pub async fn object_to_product_email(
    scope: &Scope,
    db: &Db,
    user_id: &str,
    now: i64,
) -> Result<bool, AppError> {
    scope.system()?;
    let changed =
        sqlx::query("UPDATE users SET objects_product_email = 1, updated_at = $2 WHERE id = $1")
            .bind(user_id)
            .bind(now)
            .execute(&db.pool)
            .await?
            .rows_affected();
    Ok(changed == 1)
}
