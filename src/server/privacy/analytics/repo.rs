//! All SQL of usage analytics: raw events (`analytics_events`, with the
//! signed-in person's id so erasure and export cover them) and the daily
//! anonymous counts (`analytics_daily`).

use super::ua::Agent;
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

/// An event to store: already reduced to what may be kept.
pub struct NewEvent {
    pub id: String,
    pub visit_id: String,
    pub kind: &'static str,
    pub name: String,
    pub duration_ms: Option<i64>,
    pub agent: Agent,
    pub ip_prefix: String,
}

/// Stores an event, under the caller's id when signed in.
pub async fn insert(scope: &Scope, db: &Db, event: &NewEvent, now: i64) -> Result<(), AppError> {
    let user_id = match scope {
        Scope::User(user) => Some(user.user_id.as_str()),
        Scope::Anonymous => None,
        Scope::System => return Err(AppError::Forbidden),
    };
    sqlx::query(
        "INSERT INTO analytics_events (id, user_id, visit_id, kind, name, duration_ms, browser, \
         browser_version, os, device, ip_prefix, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(&event.id)
    .bind(user_id)
    .bind(&event.visit_id)
    .bind(event.kind)
    .bind(&event.name)
    .bind(event.duration_ms)
    .bind(&event.agent.browser)
    .bind(&event.agent.browser_version)
    .bind(&event.agent.os)
    .bind(event.agent.device)
    .bind(&event.ip_prefix)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Deletes raw events older than `before`; the daily counts stay.
pub async fn prune_before(scope: &Scope, db: &Db, before: i64) -> Result<u64, AppError> {
    scope.system()?;
    Ok(
        sqlx::query("DELETE FROM analytics_events WHERE created_at < $1")
            .bind(before)
            .execute(&db.pool)
            .await?
            .rows_affected(),
    )
}

/// The time of the oldest raw event before `before`, if any.
pub async fn oldest_before(scope: &Scope, db: &Db, before: i64) -> Result<Option<i64>, AppError> {
    scope.system()?;
    Ok(
        sqlx::query_scalar("SELECT MIN(created_at) FROM analytics_events WHERE created_at < $1")
            .bind(before)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// Whether `day` has been rolled up (its `events` count exists).
pub async fn is_rolled_up(scope: &Scope, db: &Db, day: &str) -> Result<bool, AppError> {
    scope.system()?;
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM analytics_daily WHERE day = $1 AND metric = 'events'",
    )
    .bind(day)
    .fetch_one(&db.pool)
    .await?;
    Ok(n > 0)
}

/// Events of one kind and name in a window: how many, and their total
/// duration.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NameCount {
    pub kind: String,
    pub name: String,
    pub events: i64,
    pub duration_ms: i64,
}

pub async fn counts_between(
    scope: &Scope,
    db: &Db,
    from: i64,
    to: i64,
) -> Result<Vec<NameCount>, AppError> {
    scope.system()?;
    Ok(sqlx::query_as(
        "SELECT kind, name, COUNT(*) AS events, \
         CAST(COALESCE(SUM(duration_ms), 0) AS BIGINT) AS duration_ms \
         FROM analytics_events WHERE created_at >= $1 AND created_at < $2 \
         GROUP BY kind, name",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&db.pool)
    .await?)
}

/// One visit's span and agent in a window.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VisitSpan {
    pub started_at: i64,
    pub ended_at: i64,
    pub browser: String,
    pub browser_version: String,
    pub os: String,
    pub device: String,
}

pub async fn visits_between(
    scope: &Scope,
    db: &Db,
    from: i64,
    to: i64,
) -> Result<Vec<VisitSpan>, AppError> {
    scope.system()?;
    Ok(sqlx::query_as(
        "SELECT MIN(created_at - COALESCE(duration_ms, 0)) AS started_at, \
         MAX(created_at) AS ended_at, MIN(browser) AS browser, \
         MIN(browser_version) AS browser_version, MIN(os) AS os, MIN(device) AS device \
         FROM analytics_events WHERE created_at >= $1 AND created_at < $2 \
         GROUP BY visit_id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&db.pool)
    .await?)
}

/// One daily count.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Daily {
    pub day: String,
    pub metric: String,
    pub dimension: String,
    pub value: i64,
}

/// Stores one day's counts at once: all of them or none.
pub async fn insert_day(scope: &Scope, db: &Db, rows: &[Daily]) -> Result<(), AppError> {
    scope.system()?;
    let mut tx = db.pool.begin().await?;
    for row in rows {
        sqlx::query(
            "INSERT INTO analytics_daily (day, metric, dimension, value) VALUES ($1, $2, $3, $4)",
        )
        .bind(&row.day)
        .bind(&row.metric)
        .bind(&row.dimension)
        .bind(row.value)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The daily counts from `from_day` (inclusive, `YYYY-MM-DD`), for staff.
pub async fn daily_since(scope: &Scope, db: &Db, from_day: &str) -> Result<Vec<Daily>, AppError> {
    scope.staff()?;
    Ok(sqlx::query_as(
        "SELECT day, metric, dimension, value FROM analytics_daily WHERE day >= $1 \
         ORDER BY day, metric, dimension",
    )
    .bind(from_day)
    .fetch_all(&db.pool)
    .await?)
}
