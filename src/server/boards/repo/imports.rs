//! SQL of `csv_imports`: uploaded CSV files waiting to be, or just,
//! imported into a board.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ImportRow {
    pub id: String,
    pub board_id: String,
    pub file_name: String,
    pub content: String,
    pub report: Option<String>,
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
        "SELECT id, board_id, file_name, content, report FROM csv_imports \
         WHERE id = $1 AND user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// Claims the file for one run: `true` for the one call that finds it
/// neither started nor done, `false` for every other.
pub async fn claim(scope: &Scope, db: &Db, id: &str, now: i64) -> Result<bool, AppError> {
    let user_id = scope.user_id()?;
    let claimed = sqlx::query(
        "UPDATE csv_imports SET started_at = $3 \
         WHERE id = $1 AND user_id = $2 AND started_at IS NULL AND report IS NULL",
    )
    .bind(id)
    .bind(user_id)
    .bind(now)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(claimed == 1)
}

/// Gives up a claim when the run failed before its report (so it can run
/// again).
pub async fn release(scope: &Scope, db: &Db, id: &str) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    sqlx::query(
        "UPDATE csv_imports SET started_at = NULL WHERE id = $1 AND user_id = $2 AND report IS NULL",
    )
    .bind(id)
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Records what the import did; only the first report is kept.
pub async fn set_report(scope: &Scope, db: &Db, id: &str, report: &str) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    sqlx::query(
        "UPDATE csv_imports SET report = $3 WHERE id = $1 AND user_id = $2 AND report IS NULL",
    )
    .bind(id)
    .bind(user_id)
    .bind(report)
    .execute(&db.pool)
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
