//! Reading a person's rows of any table, generically: every exported
//! column, a page at a time (keyset on `id`), as JSON objects. Only the
//! signed-in person's own rows are ever read.

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::privacy::data::export::tables::{Kind, Table, quote};
use crate::server::scope::Scope;
use serde_json::{Map, Value};
use sqlx::Row;
use sqlx::any::AnyRow;

/// One row: column name to value.
pub type Record = Map<String, Value>;

fn select_list(table: &Table) -> String {
    table
        .columns
        .iter()
        .map(|c| match c.kind {
            Kind::Other(_) => format!("CAST({0} AS TEXT) AS {0}", quote(&c.name)),
            _ => quote(&c.name),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn record(table: &Table, row: &AnyRow) -> Result<Record, AppError> {
    let mut out = Map::new();
    for (i, column) in table.columns.iter().enumerate() {
        let value = match column.kind {
            Kind::Integer => row.try_get::<Option<i64>, _>(i)?.map(Value::from),
            Kind::Real => row.try_get::<Option<f64>, _>(i)?.map(Value::from),
            Kind::Boolean => row.try_get::<Option<bool>, _>(i)?.map(Value::from),
            Kind::Text | Kind::Other(_) => row.try_get::<Option<String>, _>(i)?.map(Value::from),
        };
        out.insert(column.name.clone(), value.unwrap_or(Value::Null));
    }
    Ok(out)
}

/// Where the next page starts.
#[derive(Debug, Clone, Default)]
pub struct Cursor {
    /// The last `id` read, for tables whose rows have one.
    pub after_id: String,
    /// Rows read so far, for the others.
    pub offset: i64,
}

/// Up to `limit` of the person's rows of `table` after `cursor`, oldest
/// id first; the cursor moves past them.
pub async fn page(
    scope: &Scope,
    db: &Db,
    table: &Table,
    cursor: &mut Cursor,
    limit: i64,
) -> Result<Vec<Record>, AppError> {
    let user_id = scope.user_id()?;
    let from = format!(
        "SELECT {} FROM {} WHERE {} = $1",
        select_list(table),
        quote(&table.name),
        quote(&table.owner)
    );
    let rows = if table.has_id() {
        sqlx::query(&format!("{from} AND \"id\" > $2 ORDER BY \"id\" LIMIT $3"))
            .bind(user_id)
            .bind(&cursor.after_id)
            .bind(limit)
            .fetch_all(&db.pool)
            .await?
    } else {
        let order = table.columns.first().map_or("1".into(), |c| quote(&c.name));
        sqlx::query(&format!("{from} ORDER BY {order} LIMIT $2 OFFSET $3"))
            .bind(user_id)
            .bind(limit)
            .bind(cursor.offset)
            .fetch_all(&db.pool)
            .await?
    };
    let records = rows
        .iter()
        .map(|row| record(table, row))
        .collect::<Result<Vec<_>, _>>()?;
    cursor.offset += records.len() as i64;
    if let Some(Value::String(id)) = records.last().and_then(|r| r.get("id")) {
        cursor.after_id = id.clone();
    }
    Ok(records)
}

/// How many of the person's rows `table` holds.
pub async fn count(scope: &Scope, db: &Db, table: &Table) -> Result<i64, AppError> {
    let user_id = scope.user_id()?;
    Ok(sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM {} WHERE {} = $1",
        quote(&table.name),
        quote(&table.owner)
    ))
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?)
}
