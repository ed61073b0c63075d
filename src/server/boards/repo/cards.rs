//! SQL of `applications`, the cards: read a board's cards, read one card,
//! add one, write its fields, archive it. Their order in a stage is in
//! `ranks.rs`.

use crate::error::AppError;
use crate::model::card::CardFields;
use crate::server::db::Db;
use crate::server::db::one_row;
use crate::server::scope::Scope;
use crate::server::work::Work;
use sqlx::Row;
use sqlx::any::AnyRow;

/// A card as the board shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CardRow {
    pub id: String,
    pub stage_id: String,
    pub title: String,
    pub company: Option<String>,
    pub location: String,
    pub work_mode: String,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub salary_currency: String,
    pub salary_period: String,
    pub deadline: Option<String>,
    pub excitement: Option<i64>,
    pub tags: String,
    pub stage_since: i64,
    pub applied_on: Option<String>,
    pub updated_at: i64,
}

/// The live (not archived) cards of a board, stage by stage in rank order.
pub async fn list_for_board(
    scope: &Scope,
    db: &Db,
    board_id: &str,
) -> Result<Vec<CardRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(
        "SELECT a.id, a.stage_id, a.title, c.name AS company, a.location, a.work_mode, \
         a.salary_min, a.salary_max, a.salary_currency, a.salary_period, a.deadline, \
         a.excitement, a.tags, a.stage_since, a.applied_on, a.updated_at \
         FROM applications a LEFT JOIN companies c ON c.id = a.company_id \
         WHERE a.board_id = $1 AND a.user_id = $2 AND a.archived_at IS NULL \
         ORDER BY a.stage_id, a.rank",
    )
    .bind(board_id)
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A card of the user, on any board, with the same job link or the same
/// company and title (any case): (id, title, board name).
pub async fn find_duplicate(
    scope: &Scope,
    db: &Db,
    job_url: &str,
    company_id: Option<&str>,
    title: &str,
) -> Result<Option<(String, String, String)>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(
        "SELECT a.id, a.title, b.name FROM applications a JOIN boards b ON b.id = a.board_id \
         WHERE a.user_id = $1 AND ((a.job_url <> '' AND a.job_url = $2) \
         OR (a.company_id = $3 AND lower(a.title) = lower($4))) \
         ORDER BY a.created_at LIMIT 1",
    )
    .bind(user_id)
    .bind(job_url)
    .bind(company_id)
    .bind(title)
    .fetch_optional(&db.pool)
    .await?)
}

/// How many cards, archived ones too, a stage holds.
pub async fn count_in_stage(scope: &Scope, db: &Db, stage_id: &str) -> Result<i64, AppError> {
    let user_id = scope.user_id()?;
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM applications WHERE stage_id = $1 AND user_id = $2")
            .bind(stage_id)
            .bind(user_id)
            .fetch_one(&db.pool)
            .await?;
    Ok(n)
}

/// A card's fields from a row that has their columns (`FIELDS`), the
/// company's name as `company` and the tags as JSON text.
impl<'r> sqlx::FromRow<'r, AnyRow> for CardFields {
    fn from_row(row: &'r AnyRow) -> Result<Self, sqlx::Error> {
        let tags: String = row.try_get("tags")?;
        Ok(CardFields {
            title: row.try_get("title")?,
            company: row
                .try_get::<Option<String>, _>("company")?
                .unwrap_or_default(),
            job_url: row.try_get("job_url")?,
            description: row.try_get("description")?,
            location: row.try_get("location")?,
            work_mode: row.try_get("work_mode")?,
            salary_min: row.try_get("salary_min")?,
            salary_max: row.try_get("salary_max")?,
            salary_currency: row.try_get("salary_currency")?,
            salary_period: row.try_get("salary_period")?,
            job_type: row.try_get("job_type")?,
            source: row.try_get("source")?,
            deadline: row.try_get("deadline")?,
            applied_on: row.try_get("applied_on")?,
            excitement: row.try_get("excitement")?,
            tags: serde_json::from_str(&tags).unwrap_or_default(),
            notes: row.try_get("notes")?,
        })
    }
}

/// The columns of a card's fields, for a query over `applications a`
/// joined to `companies c`.
const FIELDS: &str = "a.title, c.name AS company, a.job_url, a.description, a.location, \
     a.work_mode, a.salary_min, a.salary_max, a.salary_currency, a.salary_period, a.job_type, \
     a.source, a.deadline, a.applied_on, a.excitement, a.tags, a.notes";

/// A card in full, with where it sits.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FullCardRow {
    pub id: String,
    pub board_id: String,
    pub board_name: String,
    pub stage_id: String,
    pub company_id: Option<String>,
    pub archived_at: Option<i64>,
    pub created_at: i64,
    #[sqlx(flatten)]
    pub fields: CardFields,
}

pub async fn find(scope: &Scope, db: &Db, id: &str) -> Result<FullCardRow, AppError> {
    let user_id = scope.user_id()?;
    sqlx::query_as(&format!(
        "SELECT a.id, a.board_id, b.name AS board_name, a.stage_id, a.company_id, \
         a.archived_at, a.created_at, {FIELDS} \
         FROM applications a JOIN boards b ON b.id = a.board_id \
         LEFT JOIN companies c ON c.id = a.company_id \
         WHERE a.id = $1 AND a.user_id = $2"
    ))
    .bind(id)
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(AppError::NotFound)
}

/// Where a new card goes: its stage, its rank there, and its company.
pub struct NewCard<'a> {
    pub id: &'a str,
    pub board_id: &'a str,
    pub stage_id: &'a str,
    pub company_id: Option<&'a str>,
    pub rank: i64,
}

/// Adds a card (its stage locked by the caller, its rank chosen).
pub async fn insert(
    work: &mut Work<'_>,
    card: &NewCard<'_>,
    fields: &CardFields,
    now: i64,
) -> Result<(), AppError> {
    let user_id = work.user_id()?;
    let tags = tags_json(fields);
    let insert = sqlx::query(
        "INSERT INTO applications (id, user_id, board_id, stage_id, company_id, title, job_url, \
         description, location, work_mode, salary_min, salary_max, salary_currency, \
         salary_period, job_type, source, deadline, applied_on, excitement, tags, notes, rank, \
         stage_since, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, \
         $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $23, $23)",
    )
    .bind(card.id)
    .bind(user_id)
    .bind(card.board_id)
    .bind(card.stage_id);
    bind_fields(insert, fields, card.company_id, &tags)
        .bind(card.rank)
        .bind(now)
        .execute(work.conn())
        .await?;
    Ok(())
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// The tags as stored: a JSON list.
fn tags_json(fields: &CardFields) -> String {
    serde_json::to_string(&fields.tags).unwrap_or_else(|_| "[]".into())
}

/// Binds the company and every editable field, in the order the insert
/// and the update name their columns.
fn bind_fields<'q>(
    query: Query<'q>,
    fields: &'q CardFields,
    company_id: Option<&'q str>,
    tags: &'q str,
) -> Query<'q> {
    query
        .bind(company_id)
        .bind(&fields.title)
        .bind(&fields.job_url)
        .bind(&fields.description)
        .bind(&fields.location)
        .bind(&fields.work_mode)
        .bind(fields.salary_min)
        .bind(fields.salary_max)
        .bind(&fields.salary_currency)
        .bind(&fields.salary_period)
        .bind(&fields.job_type)
        .bind(&fields.source)
        .bind(&fields.deadline)
        .bind(&fields.applied_on)
        .bind(fields.excitement)
        .bind(tags)
        .bind(&fields.notes)
}

/// Writes a card's fields and company.
pub async fn update(
    work: &mut Work<'_>,
    id: &str,
    fields: &CardFields,
    company_id: Option<&str>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = work.user_id()?;
    let tags = tags_json(fields);
    one_row(
        bind_fields(
            sqlx::query(
                "UPDATE applications SET company_id = $3, title = $4, job_url = $5, \
                 description = $6, location = $7, work_mode = $8, salary_min = $9, \
                 salary_max = $10, salary_currency = $11, salary_period = $12, job_type = $13, \
                 source = $14, deadline = $15, applied_on = $16, excitement = $17, tags = $18, \
                 notes = $19, updated_at = $20 WHERE id = $1 AND user_id = $2",
            )
            .bind(id)
            .bind(user_id),
            fields,
            company_id,
            &tags,
        )
        .bind(now)
        .execute(work.conn())
        .await?,
    )
}

/// Archives (`Some(now)`) or restores (`None`) a card.
pub async fn set_archived(
    work: &mut Work<'_>,
    id: &str,
    archived_at: Option<i64>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = work.user_id()?;
    one_row(
        sqlx::query(
            "UPDATE applications SET archived_at = $3, updated_at = $4 \
             WHERE id = $1 AND user_id = $2",
        )
        .bind(id)
        .bind(user_id)
        .bind(archived_at)
        .bind(now)
        .execute(work.conn())
        .await?,
    )
}

/// A card as a row of a board's CSV export.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ExportRow {
    pub stage: String,
    pub archived_at: Option<i64>,
    #[sqlx(flatten)]
    pub fields: CardFields,
}

/// Every card of a board, archived ones too, stage by stage in order.
pub async fn export_rows(
    scope: &Scope,
    db: &Db,
    board_id: &str,
) -> Result<Vec<ExportRow>, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_as(&format!(
        "SELECT s.name AS stage, a.archived_at, {FIELDS} \
         FROM applications a JOIN stages s ON s.id = a.stage_id \
         LEFT JOIN companies c ON c.id = a.company_id \
         WHERE a.board_id = $1 AND a.user_id = $2 ORDER BY s.position, a.rank"
    ))
    .bind(board_id)
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}
