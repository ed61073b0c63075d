//! All SQL of the export and the import. This file reads the live schema
//! (tables, columns, foreign keys, the migration in force) from the
//! engine's own catalogue; `rows.rs` reads a person's rows a page at a
//! time; `restore.rs` writes an imported archive into an account;
//! `prepared.rs` keeps track of exports prepared in the background.

pub mod prepared;
pub mod restore;
pub mod rows;

use super::tables::{Column, Kind, Table};
use crate::error::AppError;
use crate::server::db::{Db, Engine};
use crate::server::scope::Scope;

/// Reading the schema is allowed to a signed-in person (for their own
/// export) and to the server.
fn allowed(scope: &Scope) -> Result<(), AppError> {
    match scope {
        Scope::Anonymous => Err(AppError::Unauthorized),
        Scope::User(_) | Scope::System => Ok(()),
    }
}

#[derive(sqlx::FromRow)]
struct ColumnRow {
    table_name: String,
    column_name: String,
    declared: String,
    not_null: i64,
}

const SQLITE_COLUMNS: &str = "SELECT m.name AS table_name, p.name AS column_name, \
     p.type AS declared, p.\"notnull\" AS not_null \
     FROM sqlite_master m JOIN pragma_table_info(m.name) p \
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
     AND m.name NOT LIKE '\\_sqlx%' ESCAPE '\\' ORDER BY m.name, p.cid";

const POSTGRES_COLUMNS: &str = "SELECT CAST(c.table_name AS TEXT) AS table_name, \
     CAST(c.column_name AS TEXT) AS column_name, CAST(c.data_type AS TEXT) AS declared, \
     CAST(CASE WHEN c.is_nullable = 'NO' THEN 1 ELSE 0 END AS BIGINT) AS not_null \
     FROM information_schema.columns c JOIN information_schema.tables t \
     ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' \
     AND c.table_name NOT LIKE '\\_sqlx%' ESCAPE '\\' \
     ORDER BY c.table_name, c.ordinal_position";

/// Every table of the database with all its columns, by name.
pub async fn all_tables(scope: &Scope, db: &Db) -> Result<Vec<(String, Vec<Column>)>, AppError> {
    allowed(scope)?;
    let sql = match db.engine {
        Engine::Sqlite => SQLITE_COLUMNS,
        Engine::Postgres => POSTGRES_COLUMNS,
    };
    let rows: Vec<ColumnRow> = sqlx::query_as(sql).fetch_all(&db.pool).await?;
    let mut tables: Vec<(String, Vec<Column>)> = Vec::new();
    for row in rows {
        let column = Column {
            name: row.column_name,
            kind: Kind::of(&row.declared),
            nullable: row.not_null == 0,
        };
        match tables.last_mut() {
            Some((name, columns)) if *name == row.table_name => columns.push(column),
            _ => tables.push((row.table_name, vec![column])),
        }
    }
    Ok(tables)
}

/// The tables that hold a person's rows (`users`, and every table with a
/// `user_id`), in name order.
pub async fn personal_tables(scope: &Scope, db: &Db) -> Result<Vec<Table>, AppError> {
    Ok(all_tables(scope, db)
        .await?
        .into_iter()
        .filter_map(|(name, columns)| Table::from_columns(name, columns))
        .collect())
}

#[derive(sqlx::FromRow)]
struct ForeignKeyRow {
    child: String,
    parent: String,
}

/// Every foreign key as (table, the table it refers to).
pub async fn foreign_keys(scope: &Scope, db: &Db) -> Result<Vec<(String, String)>, AppError> {
    allowed(scope)?;
    let sql = match db.engine {
        Engine::Sqlite => {
            "SELECT m.name AS child, f.\"table\" AS parent \
             FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"
        }
        Engine::Postgres => {
            "SELECT CAST(CAST(c.conrelid AS regclass) AS TEXT) AS child, \
             CAST(CAST(c.confrelid AS regclass) AS TEXT) AS parent FROM pg_constraint c \
             WHERE c.contype = 'f' AND c.connamespace = CAST(current_schema() AS regnamespace)"
        }
    };
    let rows: Vec<ForeignKeyRow> = sqlx::query_as(sql).fetch_all(&db.pool).await?;
    Ok(rows.into_iter().map(|r| (r.child, r.parent)).collect())
}

/// The newest migration applied: the version of the schema an archive was
/// written from.
pub async fn schema_version(scope: &Scope, db: &Db) -> Result<i64, AppError> {
    allowed(scope)?;
    let version: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&db.pool)
            .await?;
    version.ok_or_else(AppError::internal)
}
