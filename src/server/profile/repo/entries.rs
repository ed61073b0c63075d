//! `profile_experience` and `profile_education`: dated entries, read and
//! written by one set of functions over [`EntryRow`] and the columns
//! of each kind.

use super::{Entries, one_row, owner};
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

/// A row of a table of dated entries: its id, the columns of its kind
/// (`own`), a start month and an optional end month (`YYYY-MM`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EntryRow<F> {
    pub id: String,
    #[sqlx(flatten)]
    pub own: F,
    pub start_month: String,
    pub end_month: Option<String>,
}

/// The columns of one kind of dated entry, and where it is kept.
pub trait EntryColumns: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin {
    const TABLE: Entries;
    /// The column names, in the order of [`EntryColumns::texts`].
    const COLUMNS: &'static [&'static str];
    /// How a list is ordered.
    const ORDER_BY: &'static str;
    fn texts(&self) -> Vec<&str>;
}

/// A job.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ExperienceColumns {
    pub title: String,
    pub company: String,
    pub description: String,
}

impl EntryColumns for ExperienceColumns {
    const TABLE: Entries = Entries::Experience;
    const COLUMNS: &'static [&'static str] = &["title", "company", "description"];
    /// Current jobs first, then the most recent.
    const ORDER_BY: &'static str =
        "(CASE WHEN end_month IS NULL THEN 0 ELSE 1 END), start_month DESC, id";

    fn texts(&self) -> Vec<&str> {
        vec![&self.title, &self.company, &self.description]
    }
}

/// A course.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EducationColumns {
    pub school: String,
    pub degree: String,
    pub field: String,
}

impl EntryColumns for EducationColumns {
    const TABLE: Entries = Entries::Education;
    const COLUMNS: &'static [&'static str] = &["school", "degree", "field"];
    const ORDER_BY: &'static str = "start_month DESC, id";

    fn texts(&self) -> Vec<&str> {
        vec![&self.school, &self.degree, &self.field]
    }
}

pub type ExperienceRow = EntryRow<ExperienceColumns>;
pub type EducationRow = EntryRow<EducationColumns>;

pub async fn list_entries<F: EntryColumns>(
    scope: &Scope,
    db: &Db,
) -> Result<Vec<EntryRow<F>>, AppError> {
    let user_id = owner(scope)?;
    let sql = format!(
        "SELECT id, {}, start_month, end_month FROM {} WHERE user_id = $1 ORDER BY {}",
        F::COLUMNS.join(", "),
        F::TABLE.table(),
        F::ORDER_BY,
    );
    Ok(sqlx::query_as(&sql)
        .bind(user_id)
        .fetch_all(&db.pool)
        .await?)
}

/// `$1` is the id, `$2` the owner, then come the own columns, the start
/// and end months, and `now`.
fn bind_entry<'q, F: EntryColumns>(
    sql: &'q str,
    row: &'q EntryRow<F>,
    user_id: &'q str,
    now: i64,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let mut query = sqlx::query(sql).bind(&row.id).bind(user_id);
    for text in row.own.texts() {
        query = query.bind(text);
    }
    query
        .bind(&row.start_month)
        .bind(row.end_month.as_deref())
        .bind(now)
}

pub async fn insert_entry<F: EntryColumns>(
    scope: &Scope,
    db: &Db,
    row: &EntryRow<F>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = owner(scope)?;
    let n = F::COLUMNS.len();
    let own = (3..n + 3).map(|i| format!("${i}")).collect::<Vec<_>>();
    let sql = format!(
        "INSERT INTO {} (id, user_id, {}, start_month, end_month, created_at, updated_at) \
         VALUES ($1, $2, {}, ${}, ${}, ${now}, ${now})",
        F::TABLE.table(),
        F::COLUMNS.join(", "),
        own.join(", "),
        n + 3,
        n + 4,
        now = n + 5,
    );
    bind_entry(&sql, row, user_id, now)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Corrects one of the user's entries; another user's is `NotFound`.
pub async fn update_entry<F: EntryColumns>(
    scope: &Scope,
    db: &Db,
    row: &EntryRow<F>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = owner(scope)?;
    let n = F::COLUMNS.len();
    let own = F::COLUMNS
        .iter()
        .zip(3..)
        .map(|(column, i)| format!("{column} = ${i}"))
        .collect::<Vec<_>>();
    let sql = format!(
        "UPDATE {} SET {}, start_month = ${}, end_month = ${}, updated_at = ${} \
         WHERE id = $1 AND user_id = $2",
        F::TABLE.table(),
        own.join(", "),
        n + 3,
        n + 4,
        n + 5,
    );
    one_row(
        bind_entry(&sql, row, user_id, now)
            .execute(&db.pool)
            .await?,
    )
}

/// Deletes one of the user's entries in `table`; another user's is
/// `NotFound`.
pub async fn delete_entry(
    scope: &Scope,
    db: &Db,
    table: Entries,
    id: &str,
) -> Result<(), AppError> {
    let user_id = owner(scope)?;
    let sql = format!(
        "DELETE FROM {} WHERE id = $1 AND user_id = $2",
        table.table()
    );
    one_row(
        sqlx::query(&sql)
            .bind(id)
            .bind(user_id)
            .execute(&db.pool)
            .await?,
    )
}
