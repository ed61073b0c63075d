//! SQL of `csv_imports`: uploaded CSV files waiting to be, being, or just
//! imported into a board. The claim, the progress and the report of a run
//! are written inside the service's unit of work (`import/run.rs`).

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::work::Work;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ImportRow {
    pub id: String,
    pub board_id: String,
    pub file_name: String,
    pub content: String,
    pub report: Option<String>,
    /// The plan of an import under way or stopped part way (JSON).
    pub plan: Option<String>,
    /// How far an import under way or stopped part way got (JSON).
    pub progress: Option<String>,
}

pub async fn insert(
    scope: &Scope,
    db: &Db,
    id: &str,
    board_id: &str,
    file_name: &str,
    content: &str,
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    sqlx::query(
        "INSERT INTO csv_imports (id, user_id, board_id, file_name, content, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(user_id)
    .bind(board_id)
    .bind(file_name)
    .bind(content)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn find(scope: &Scope, db: &Db, id: &str) -> Result<ImportRow, AppError> {
    let user_id = scope.user_id()?;
    sqlx::query_as(
        "SELECT id, board_id, file_name, content, report, plan, progress FROM csv_imports \
         WHERE id = $1 AND user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// What a run that claimed a file goes on with: the plan it follows (its
/// own, or that of the import it resumes) and how far that import got.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub plan: Option<String>,
    pub progress: Option<String>,
}

/// Claims the file for run `run`: the one call that finds it not imported
/// and held by no run that wrote after `stale_before`. The run's `plan`
/// is kept unless a part of the import is done, whose plan stays.
/// `None` for every other call.
pub async fn claim(
    work: &mut Work<'_>,
    id: &str,
    run: &str,
    plan: &str,
    now: i64,
    stale_before: i64,
) -> Result<Option<Claimed>, AppError> {
    let user_id = work.user_id()?;
    Ok(sqlx::query_as(
        "UPDATE csv_imports SET run_id = $3, started_at = $4, \
         plan = CASE WHEN progress IS NULL THEN $5 ELSE plan END \
         WHERE id = $1 AND user_id = $2 AND report IS NULL \
         AND (started_at IS NULL OR started_at < $6) RETURNING plan, progress",
    )
    .bind(id)
    .bind(user_id)
    .bind(run)
    .bind(now)
    .bind(plan)
    .bind(stale_before)
    .fetch_optional(work.conn())
    .await?)
}

/// Records, with the rows of a part of the import, how far run `run` got;
/// `false` when the run no longer holds the file (the caller rolls back).
pub async fn save_progress(
    work: &mut Work<'_>,
    id: &str,
    run: &str,
    progress: &str,
    now: i64,
) -> Result<bool, AppError> {
    let user_id = work.user_id()?;
    let saved = sqlx::query(
        "UPDATE csv_imports SET progress = $4, started_at = $5 \
         WHERE id = $1 AND user_id = $2 AND run_id = $3 AND report IS NULL",
    )
    .bind(id)
    .bind(user_id)
    .bind(run)
    .bind(progress)
    .bind(now)
    .execute(work.conn())
    .await?
    .rows_affected();
    Ok(saved == 1)
}

/// Records, with the rows of the last part, what the import did; `false`
/// when run `run` no longer holds the file.
pub async fn finish(
    work: &mut Work<'_>,
    id: &str,
    run: &str,
    report: &str,
) -> Result<bool, AppError> {
    let user_id = work.user_id()?;
    let done = sqlx::query(
        "UPDATE csv_imports SET report = $4, progress = NULL, run_id = NULL \
         WHERE id = $1 AND user_id = $2 AND run_id = $3 AND report IS NULL",
    )
    .bind(id)
    .bind(user_id)
    .bind(run)
    .bind(report)
    .execute(work.conn())
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// Gives up run `run`'s claim after it failed, so the import can go on at
/// once; the plan stays only if a part was done.
pub async fn release(work: &mut Work<'_>, id: &str, run: &str) -> Result<(), AppError> {
    let user_id = work.user_id()?;
    sqlx::query(
        "UPDATE csv_imports SET run_id = NULL, started_at = NULL, \
         plan = CASE WHEN progress IS NULL THEN NULL ELSE plan END \
         WHERE id = $1 AND user_id = $2 AND run_id = $3",
    )
    .bind(id)
    .bind(user_id)
    .bind(run)
    .execute(work.conn())
    .await?;
    Ok(())
}

/// Deletes files uploaded before `cutoff`.
pub async fn prune(scope: &Scope, db: &Db, cutoff: i64) -> Result<u64, AppError> {
    scope.system()?;
    Ok(sqlx::query("DELETE FROM csv_imports WHERE created_at < $1")
        .bind(cutoff)
        .execute(&db.pool)
        .await?
        .rows_affected())
}
