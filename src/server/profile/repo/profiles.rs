//! `profiles`: personal details and career preferences, one row per user
//! made on the first save; the name and language also live on `users`.

use super::owner;
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::work::Work;

#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct ProfileRow {
    pub phone: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub country: Option<String>,
    pub time_zone: Option<String>,
    pub locale: Option<String>,
    pub desired_titles: String,
    pub desired_locations: String,
    pub work_modes: String,
    pub job_types: String,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub salary_currency: Option<String>,
    pub salary_period: Option<String>,
    pub notice_weeks: Option<i64>,
}

/// The user's profile row, `None` before the first save.
pub async fn find(scope: &Scope, db: &Db) -> Result<Option<ProfileRow>, AppError> {
    let user_id = owner(scope)?;
    Ok(sqlx::query_as(
        "SELECT phone, city, region, country, time_zone, locale, desired_titles, \
         desired_locations, work_modes, job_types, salary_min, salary_max, salary_currency, \
         salary_period, notice_weeks FROM profiles WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?)
}

/// The time zone the user set, read inside a unit of work.
pub async fn time_zone_in(work: &mut Work<'_>) -> Result<Option<String>, AppError> {
    let user_id = work.user_id()?;
    Ok(
        sqlx::query_scalar("SELECT time_zone FROM profiles WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(work.conn())
            .await?
            .flatten(),
    )
}

/// The user's name and email, from `users`.
pub async fn identity(scope: &Scope, db: &Db) -> Result<(String, String), AppError> {
    let user_id = owner(scope)?;
    sqlx::query_as("SELECT name, email FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or(AppError::NotFound)
}

/// Personal details, all validated; `None` clears a field.
pub struct Personal<'a> {
    pub name: &'a str,
    pub phone: Option<&'a str>,
    pub city: Option<&'a str>,
    pub region: Option<&'a str>,
    pub country: Option<&'a str>,
    pub time_zone: Option<&'a str>,
    pub locale: Option<&'a str>,
}

pub async fn save_personal(
    scope: &Scope,
    db: &Db,
    p: &Personal<'_>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = owner(scope)?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO profiles (user_id, phone, city, region, country, time_zone, locale, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) \
         ON CONFLICT (user_id) DO UPDATE SET phone = excluded.phone, city = excluded.city, \
         region = excluded.region, country = excluded.country, time_zone = excluded.time_zone, \
         locale = excluded.locale, updated_at = excluded.updated_at",
    )
    .bind(user_id)
    .bind(p.phone)
    .bind(p.city)
    .bind(p.region)
    .bind(p.country)
    .bind(p.time_zone)
    .bind(p.locale)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE users SET name = $2, locale = COALESCE($3, locale), updated_at = $4 WHERE id = $1",
    )
    .bind(user_id)
    .bind(p.name)
    .bind(p.locale)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Saves the interface language chosen anywhere (the footer switcher).
pub async fn save_locale(scope: &Scope, db: &Db, locale: &str, now: i64) -> Result<(), AppError> {
    let user_id = owner(scope)?;
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO profiles (user_id, locale, created_at, updated_at) VALUES ($1, $2, $3, $3) \
         ON CONFLICT (user_id) DO UPDATE SET locale = excluded.locale, updated_at = excluded.updated_at",
    )
    .bind(user_id)
    .bind(locale)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE users SET locale = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id)
        .bind(locale)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Career preferences; lists as JSON arrays.
pub struct CareerRow {
    pub desired_titles: String,
    pub desired_locations: String,
    pub work_modes: String,
    pub job_types: String,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub salary_currency: Option<String>,
    pub salary_period: Option<String>,
    pub notice_weeks: Option<i64>,
}

pub async fn save_career(scope: &Scope, db: &Db, c: &CareerRow, now: i64) -> Result<(), AppError> {
    let user_id = owner(scope)?;
    sqlx::query(
        "INSERT INTO profiles (user_id, desired_titles, desired_locations, work_modes, job_types, \
         salary_min, salary_max, salary_currency, salary_period, notice_weeks, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) \
         ON CONFLICT (user_id) DO UPDATE SET desired_titles = excluded.desired_titles, \
         desired_locations = excluded.desired_locations, work_modes = excluded.work_modes, \
         job_types = excluded.job_types, salary_min = excluded.salary_min, \
         salary_max = excluded.salary_max, salary_currency = excluded.salary_currency, \
         salary_period = excluded.salary_period, notice_weeks = excluded.notice_weeks, \
         updated_at = excluded.updated_at",
    )
    .bind(user_id)
    .bind(&c.desired_titles)
    .bind(&c.desired_locations)
    .bind(&c.work_modes)
    .bind(&c.job_types)
    .bind(c.salary_min)
    .bind(c.salary_max)
    .bind(c.salary_currency.as_deref())
    .bind(c.salary_period.as_deref())
    .bind(c.notice_weeks)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}
