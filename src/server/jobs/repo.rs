//! All SQL of the job queue. Leasing is a compare-and-set on `locked_until`,
//! portable to both engines: whoever's UPDATE matches the row first owns the
//! lease, and several server instances can share one database.

use super::{Job, NewJob};
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

#[derive(sqlx::FromRow)]
struct JobRow {
    id: String,
    kind: String,
    payload: String,
    user_id: Option<String>,
    attempts: i64,
    max_attempts: i64,
}

impl From<JobRow> for Job {
    fn from(row: JobRow) -> Job {
        Job {
            id: row.id,
            kind: row.kind,
            payload: row.payload,
            user_id: row.user_id,
            attempts: row.attempts,
            max_attempts: row.max_attempts,
        }
    }
}

/// Queues a job; a job with the same `dedupe_key` already queued wins and
/// `None` is returned.
pub async fn insert(
    scope: &Scope,
    db: &Db,
    job: &NewJob,
    now: i64,
) -> Result<Option<String>, AppError> {
    scope.system()?;
    let id = uuid::Uuid::now_v7().to_string();
    let inserted = sqlx::query(
        "INSERT INTO jobs (id, kind, payload, user_id, dedupe_key, run_at, max_attempts, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) \
         ON CONFLICT (dedupe_key) WHERE status = 'queued' DO NOTHING",
    )
    .bind(&id)
    .bind(&job.kind)
    .bind(&job.payload)
    .bind(&job.user_id)
    .bind(&job.dedupe_key)
    .bind(job.run_at)
    .bind(job.max_attempts)
    .bind(now)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok((inserted == 1).then_some(id))
}

/// Takes the lease on the next due job, if any.
pub async fn lease(
    scope: &Scope,
    db: &Db,
    worker: &str,
    now: i64,
    lease_ms: i64,
) -> Result<Option<Job>, AppError> {
    scope.system()?;
    // A few candidates, so a lost race moves on to the next one.
    let candidates: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM jobs WHERE status = 'queued' AND run_at <= $1 \
         AND (locked_until IS NULL OR locked_until < $1) ORDER BY run_at, id LIMIT 4",
    )
    .bind(now)
    .fetch_all(&db.pool)
    .await?;
    for (id,) in candidates {
        let job: Option<JobRow> = sqlx::query_as(
            "UPDATE jobs SET locked_until = $1, locked_by = $2, attempts = attempts + 1, updated_at = $3 \
             WHERE id = $4 AND status = 'queued' AND (locked_until IS NULL OR locked_until < $3) \
             RETURNING id, kind, payload, user_id, attempts, max_attempts",
        )
        .bind(now + lease_ms)
        .bind(worker)
        .bind(now)
        .bind(&id)
        .fetch_optional(&db.pool)
        .await?;
        if let Some(job) = job {
            return Ok(Some(job.into()));
        }
    }
    Ok(None)
}

/// Marks a leased job done (only while this worker still holds it).
pub async fn complete(
    scope: &Scope,
    db: &Db,
    id: &str,
    worker: &str,
    now: i64,
) -> Result<bool, AppError> {
    scope.system()?;
    let done = sqlx::query(
        "UPDATE jobs SET status = 'done', payload = '{}', locked_until = NULL, last_error = NULL, updated_at = $1 \
         WHERE id = $2 AND locked_by = $3 AND status = 'queued'",
    )
    .bind(now)
    .bind(id)
    .bind(worker)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// Records a failed attempt: queued again for `retry_at`, or failed for good.
pub async fn fail(
    scope: &Scope,
    db: &Db,
    id: &str,
    worker: &str,
    error: &str,
    retry_at: Option<i64>,
    now: i64,
) -> Result<(), AppError> {
    scope.system()?;
    let (status, run_at) = match retry_at {
        Some(at) => ("queued", at),
        None => ("failed", now),
    };
    sqlx::query(
        "UPDATE jobs SET status = $1, run_at = $2, locked_until = NULL, last_error = $3, updated_at = $4 \
         WHERE id = $5 AND locked_by = $6 AND status = 'queued'",
    )
    .bind(status)
    .bind(run_at)
    .bind(error)
    .bind(now)
    .bind(id)
    .bind(worker)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Deletes finished jobs last touched before `before`.
pub async fn delete_finished(scope: &Scope, db: &Db, before: i64) -> Result<u64, AppError> {
    scope.system()?;
    Ok(
        sqlx::query("DELETE FROM jobs WHERE status IN ('done', 'failed') AND updated_at < $1")
            .bind(before)
            .execute(&db.pool)
            .await?
            .rows_affected(),
    )
}

/// Status, attempts and last error of one job (for tests and the CLI).
pub async fn status(
    scope: &Scope,
    db: &Db,
    id: &str,
) -> Result<(String, i64, Option<String>), AppError> {
    scope.system()?;
    Ok(
        sqlx::query_as("SELECT status, attempts, last_error FROM jobs WHERE id = $1")
            .bind(id)
            .fetch_one(&db.pool)
            .await?,
    )
}
