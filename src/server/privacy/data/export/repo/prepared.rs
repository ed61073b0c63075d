//! SQL of the exports prepared in the background (`data_exports`). A
//! person reads and claims only their own; the job worker and the prune
//! act as the server.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PreparedRow {
    pub id: String,
    pub user_id: String,
    pub status: String,
    pub rows_done: i64,
    pub rows_total: i64,
    pub bytes: Option<i64>,
    pub created_at: i64,
    pub expires_at: Option<i64>,
}

const COLUMNS: &str = "id, user_id, status, rows_done, rows_total, bytes, created_at, expires_at";

pub async fn insert(scope: &Scope, db: &Db, id: &str, now: i64) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    sqlx::query(
        "INSERT INTO data_exports (id, user_id, status, created_at) VALUES ($1, $2, 'queued', $3)",
    )
    .bind(id)
    .bind(user_id)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The person's newest export that is not downloaded yet.
pub async fn current(scope: &Scope, db: &Db) -> Result<Option<PreparedRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM data_exports WHERE user_id = $1 AND status <> 'downloaded' \
         ORDER BY created_at DESC, id DESC LIMIT 1"
    ))
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?)
}

/// One export: the person's own, or any for the server.
pub async fn find(scope: &Scope, db: &Db, id: &str) -> Result<PreparedRow, AppError> {
    let row: Option<PreparedRow> = match scope {
        Scope::System => {
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM data_exports WHERE id = $1"))
                .bind(id)
                .fetch_optional(&db.pool)
                .await?
        }
        _ => {
            sqlx::query_as(&format!(
                "SELECT {COLUMNS} FROM data_exports WHERE id = $1 AND user_id = $2"
            ))
            .bind(id)
            .bind(scope.user_id()?)
            .fetch_optional(&db.pool)
            .await?
        }
    };
    row.ok_or(AppError::NotFound)
}

/// The worker starts writing `total` rows.
pub async fn start(scope: &Scope, db: &Db, id: &str, total: i64) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query(
        "UPDATE data_exports SET status = 'running', rows_done = 0, rows_total = $2 WHERE id = $1",
    )
    .bind(id)
    .bind(total)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn advance(scope: &Scope, db: &Db, id: &str, done: i64) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query("UPDATE data_exports SET rows_done = $2 WHERE id = $1")
        .bind(id)
        .bind(done)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The file is stored: the link (its token's hash) is out until `expires_at`.
pub async fn ready(
    scope: &Scope,
    db: &Db,
    id: &str,
    bytes: i64,
    token_hash: &str,
    (now, expires_at): (i64, i64),
) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query(
        "UPDATE data_exports SET status = 'ready', rows_done = rows_total, bytes = $2, \
         token_hash = $3, ready_at = $4, expires_at = $5 WHERE id = $1",
    )
    .bind(id)
    .bind(bytes)
    .bind(token_hash)
    .bind(now)
    .bind(expires_at)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn fail(scope: &Scope, db: &Db, id: &str) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query("UPDATE data_exports SET status = 'failed' WHERE id = $1")
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Takes the link's one use: true when `token_hash` is the person's ready,
/// unexpired export `id`, which is from now on downloaded.
pub async fn claim(
    scope: &Scope,
    db: &Db,
    id: &str,
    token_hash: &str,
    now: i64,
) -> Result<bool, AppError> {
    let user_id = scope.user_id()?;
    let claimed = sqlx::query(
        "UPDATE data_exports SET status = 'downloaded', downloaded_at = $4, token_hash = NULL \
         WHERE id = $1 AND user_id = $2 AND token_hash = $3 AND status = 'ready' AND expires_at > $4",
    )
    .bind(id)
    .bind(user_id)
    .bind(token_hash)
    .bind(now)
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(claimed == 1)
}

/// Exports whose time is over: links expired (used or not), and
/// preparations begun `stale_before` or earlier that failed or never
/// finished.
pub async fn over(
    scope: &Scope,
    db: &Db,
    now: i64,
    stale_before: i64,
    limit: i64,
) -> Result<Vec<PreparedRow>, AppError> {
    scope.system()?;
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM data_exports WHERE expires_at <= $1 \
         OR (status IN ('queued', 'running', 'failed') AND created_at <= $2) \
         ORDER BY created_at LIMIT $3"
    ))
    .bind(now)
    .bind(stale_before)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?)
}

pub async fn delete(scope: &Scope, db: &Db, id: &str) -> Result<(), AppError> {
    scope.system()?;
    sqlx::query("DELETE FROM data_exports WHERE id = $1")
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
