//! Writing an imported archive into the signed-in person's account, in one
//! transaction: the account's own fields, then every table's rows in the
//! order their foreign keys need. The rows arrive already remapped (new
//! ids, the new owner), see `export::import`.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::privacy::data::export::tables::{Kind, Table, quote};
use crate::server::scope::Scope;

/// A value to write, typed as its column is.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Int(Option<i64>),
    Real(Option<f64>),
    Bool(Option<bool>),
    Text(Option<String>),
}

/// The rows of one table, each as (column, value) pairs.
pub struct TableRows<'a> {
    pub table: &'a Table,
    pub rows: Vec<Vec<(String, Cell)>>,
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

fn bind(query: Query<'_>, cell: Cell) -> Query<'_> {
    match cell {
        Cell::Int(v) => query.bind(v),
        Cell::Real(v) => query.bind(v),
        Cell::Bool(v) => query.bind(v),
        Cell::Text(v) => query.bind(v),
    }
}

/// The placeholder of column `name` in `table`: a cast for the types that
/// travel as text.
fn placeholder(table: &Table, name: &str, n: usize) -> String {
    match table.column(name).map(|c| &c.kind) {
        Some(Kind::Other(declared)) => format!("CAST(${n} AS {declared})"),
        _ => format!("${n}"),
    }
}

/// Restores `tables` into the account and sets its own fields
/// (`account`), unless the account already holds rows of its own in any
/// table whose rows have ids (`Conflict`). Tables of one row per person
/// (the profile) are replaced.
pub async fn restore(
    scope: &Scope,
    db: &Db,
    account: Vec<(String, Cell)>,
    tables: Vec<TableRows<'_>>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?.to_string();
    let mut tx = db.pool.begin().await?;
    // Writing the account's row first holds its lock (the write lock on
    // SQLite), so two imports into one account queue, and the second one
    // sees the rows of the first.
    let mut sets: Vec<String> = account
        .iter()
        .enumerate()
        .map(|(i, (name, _))| format!("{} = ${}", quote(name), i + 3))
        .collect();
    sets.push("\"updated_at\" = $2".into());
    let sql = format!("UPDATE users SET {} WHERE id = $1", sets.join(", "));
    let mut query = sqlx::query(&sql).bind(&user_id).bind(now);
    for (_, cell) in account {
        query = bind(query, cell);
    }
    if query.execute(&mut *tx).await?.rows_affected() != 1 {
        return Err(AppError::NotFound);
    }
    for t in &tables {
        if !t.table.has_id() {
            continue;
        }
        let held: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM {} WHERE user_id = $1",
            quote(&t.table.name)
        ))
        .bind(&user_id)
        .fetch_one(&mut *tx)
        .await?;
        if held > 0 {
            return Err(AppError::Conflict("account not empty".into()));
        }
    }
    for t in tables {
        if !t.table.has_id() {
            sqlx::query(&format!(
                "DELETE FROM {} WHERE user_id = $1",
                quote(&t.table.name)
            ))
            .bind(&user_id)
            .execute(&mut *tx)
            .await?;
        }
        for row in t.rows {
            let names: Vec<String> = row.iter().map(|(name, _)| quote(name)).collect();
            let values: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, (name, _))| placeholder(t.table, name, i + 1))
                .collect();
            let sql = format!(
                "INSERT INTO {} ({}) VALUES ({})",
                quote(&t.table.name),
                names.join(", "),
                values.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for (_, cell) in row {
                query = bind(query, cell);
            }
            query.execute(&mut *tx).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Whether the account holds rows of its own in any of `tables` whose
/// rows have ids: an import is refused then.
pub async fn holds_rows(scope: &Scope, db: &Db, tables: &[&Table]) -> Result<bool, AppError> {
    let user_id = scope.user_id()?;
    for table in tables.iter().filter(|t| t.has_id()) {
        let held: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM {} WHERE user_id = $1",
            quote(&table.name)
        ))
        .bind(user_id)
        .fetch_one(&db.pool)
        .await?;
        if held > 0 {
            return Ok(true);
        }
    }
    Ok(false)
}
