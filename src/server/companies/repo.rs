//! All SQL of `companies`. One company per user and name, whatever the
//! case: the unique `name_key` merges "ACME" into "Acme".

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::db::one_row;
use crate::server::id::new_id;
use crate::server::scope::Scope;
use crate::server::work::Work;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CompanyRow {
    pub id: String,
    pub name: String,
    pub website: String,
    pub industry: String,
    pub size: String,
    pub location: String,
    pub notes: String,
}

/// The lookup key of a company name.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The id of the user's company called `name` (any case), created when
/// there is none, inside the caller's unit of work.
pub async fn find_or_create_in(
    work: &mut Work<'_>,
    name: &str,
    now: i64,
) -> Result<String, AppError> {
    let user_id = work.user_id()?;
    let key = name_key(name);
    sqlx::query(
        "INSERT INTO companies (id, user_id, name, name_key, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (user_id, name_key) DO NOTHING",
    )
    .bind(new_id())
    .bind(user_id)
    .bind(name)
    .bind(&key)
    .bind(now)
    .execute(work.conn())
    .await?;
    let (id,): (String,) =
        sqlx::query_as("SELECT id FROM companies WHERE user_id = $1 AND name_key = $2")
            .bind(user_id)
            .bind(&key)
            .fetch_one(work.conn())
            .await?;
    Ok(id)
}

pub async fn find(scope: &Scope, db: &Db, id: &str) -> Result<CompanyRow, AppError> {
    let user_id = scope.user_id()?;
    sqlx::query_as(
        "SELECT id, name, website, industry, size, location, notes FROM companies \
         WHERE id = $1 AND user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// The names of the user's companies, for suggestions.
pub async fn names(scope: &Scope, db: &Db) -> Result<Vec<String>, AppError> {
    let user_id = scope.user_id()?;
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT name FROM companies WHERE user_id = $1 ORDER BY name_key")
            .bind(user_id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().map(|(n,)| n).collect())
}

/// Writes a company's details. A new name that another of the user's
/// companies has answers `Conflict`.
pub async fn update(scope: &Scope, db: &Db, c: &CompanyRow, now: i64) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    let (taken,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM companies WHERE user_id = $1 AND name_key = $2 AND id <> $3",
    )
    .bind(user_id)
    .bind(name_key(&c.name))
    .bind(&c.id)
    .fetch_one(&db.pool)
    .await?;
    if taken > 0 {
        return Err(AppError::field("name", "error-company-exists"));
    }
    one_row(
        sqlx::query(
            "UPDATE companies SET name = $3, name_key = $4, website = $5, industry = $6, \
             size = $7, location = $8, notes = $9, updated_at = $10 \
             WHERE id = $1 AND user_id = $2",
        )
        .bind(&c.id)
        .bind(user_id)
        .bind(&c.name)
        .bind(name_key(&c.name))
        .bind(&c.website)
        .bind(&c.industry)
        .bind(&c.size)
        .bind(&c.location)
        .bind(&c.notes)
        .bind(now)
        .execute(&db.pool)
        .await?,
    )
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CompanyCardRow {
    pub id: String,
    pub title: String,
    pub board_name: String,
    pub stage_name: String,
    pub archived_at: Option<i64>,
}

/// The user's applications with a company, newest first.
pub async fn applications(
    scope: &Scope,
    db: &Db,
    company_id: &str,
) -> Result<Vec<CompanyCardRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(
        "SELECT a.id, a.title, b.name AS board_name, s.name AS stage_name, a.archived_at \
         FROM applications a JOIN boards b ON b.id = a.board_id \
         JOIN stages s ON s.id = a.stage_id \
         WHERE a.company_id = $1 AND a.user_id = $2 ORDER BY a.created_at DESC, a.id",
    )
    .bind(company_id)
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::name_key;

    #[test]
    fn names_differing_in_case_or_spaces_share_a_key() {
        assert_eq!(name_key("  ACME   Labs "), name_key("acme labs"));
        assert_ne!(name_key("Acme"), name_key("Acme Labs"));
    }
}
