//! Writing an imported archive into the signed-in person's account: a
//! claim so one import runs at a time, rows in short batches (parents
//! first), the account's own fields and its profile at the end, and the
//! undoing of a failed import. The rows arrive already remapped (new ids,
//! the new owner) and checked, see `export::import`.

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

/// A row to write, as (column, value) pairs.
pub type Cells = Vec<(String, Cell)>;

/// The rows of one table.
pub struct TableRows<'a> {
    pub table: &'a Table,
    pub rows: Vec<Cells>,
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

/// Claims the account for an import starting at `now`: `false` while
/// another import into it runs (one that started less than `stale_ms`
/// ago; an older one's server stopped before it ended).
pub async fn claim(scope: &Scope, db: &Db, now: i64, stale_ms: i64) -> Result<bool, AppError> {
    let _turn = db.writer().await?;
    let claimed = sqlx::query(
        "UPDATE users SET data_import_started_at = $2 WHERE id = $1 \
         AND (data_import_started_at IS NULL OR data_import_started_at < $3)",
    )
    .bind(scope.user_id()?)
    .bind(now)
    .bind(now - stale_ms)
    .execute(&db.pool)
    .await?;
    Ok(claimed.rows_affected() == 1)
}

/// Ends the account's import.
pub async fn release(scope: &Scope, db: &Db) -> Result<(), AppError> {
    let _turn = db.writer().await?;
    sqlx::query("UPDATE users SET data_import_started_at = NULL WHERE id = $1")
        .bind(scope.user_id()?)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Inserts `rows` of `table` (already remapped: new ids, the account as
/// owner) in one short transaction: other writers wait for one batch at
/// most, never for a whole import. Like every unit of work, it takes the
/// writer's turn on SQLite (`Db::writer`), so it never lands between
/// another transaction's read and its write.
pub async fn insert(db: &Db, table: &Table, rows: Vec<Cells>) -> Result<(), AppError> {
    let _turn = db.writer().await?;
    let mut tx = db.pool.begin().await?;
    for row in rows {
        insert_row(&mut tx, table, row).await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn insert_row(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    table: &Table,
    row: Cells,
) -> Result<(), AppError> {
    let names: Vec<String> = row.iter().map(|(name, _)| quote(name)).collect();
    let values: Vec<String> = row
        .iter()
        .enumerate()
        .map(|(i, (name, _))| placeholder(table, name, i + 1))
        .collect();
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        quote(&table.name),
        names.join(", "),
        values.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for (_, cell) in row {
        query = bind(query, cell);
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

/// Ends an import in one transaction: the account's own fields
/// (`account`) and the tables of one row per person (the profile),
/// replaced.
pub async fn finish(
    scope: &Scope,
    db: &Db,
    account: Cells,
    single: Vec<TableRows<'_>>,
    now: i64,
) -> Result<(), AppError> {
    let user_id = scope.user_id()?.to_string();
    let _turn = db.writer().await?;
    let mut tx = db.pool.begin().await?;
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
    for t in single {
        sqlx::query(&format!(
            "DELETE FROM {} WHERE user_id = $1",
            quote(&t.table.name)
        ))
        .bind(&user_id)
        .execute(&mut *tx)
        .await?;
        for row in t.rows {
            insert_row(&mut tx, t.table, row).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Deletes the rows an import inserted (`ids` of each table, in the order
/// they were inserted), children first, a batch at a time: a failed
/// import leaves nothing behind.
pub async fn undo(
    scope: &Scope,
    db: &Db,
    inserted: &[(&Table, Vec<String>)],
) -> Result<(), AppError> {
    let user_id = scope.user_id()?;
    for (table, ids) in inserted.iter().rev() {
        for chunk in ids.chunks(500) {
            let marks: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
            let sql = format!(
                "DELETE FROM {} WHERE user_id = $1 AND id IN ({})",
                quote(&table.name),
                marks.join(", ")
            );
            let mut query = sqlx::query(&sql).bind(user_id);
            for id in chunk {
                query = query.bind(id);
            }
            let _turn = db.writer().await?;
            query.execute(&db.pool).await?;
        }
    }
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
