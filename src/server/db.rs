//! The database: one pool over sqlx's `Any` driver, SQLite (embedded default)
//! or PostgreSQL, chosen by the URL. Migrations for each engine are compiled
//! into the binary and applied at start-up.
//!
//! SQLite runs in WAL mode (readers never block the writer), with foreign keys
//! on, a 5 s busy timeout so concurrent writers queue instead of failing, and
//! `synchronous = NORMAL`: in WAL mode that never corrupts the database, and
//! only an OS crash or power loss can lose the last commits, which is the
//! usual trade for an app of this kind (FULL would fsync every commit).
//!
//! SQLite has one writer at a time. Units of work (`server::work`) take
//! their turn at [`Db::writer`] before they begin, so concurrent writers
//! queue in order in the process instead of retrying in SQLite's busy
//! handler, whose growing sleeps made the slowest moves many times slower
//! than the typical one. PostgreSQL locks rows and needs no turn.

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::migrate::{MigrateError, Migrator};
use sqlx::{AnyPool, Executor};
use std::sync::{Arc, Once};
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How long a SQLite writer waits for its turn (and SQLite for its lock).
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn from_url(url: &str) -> Engine {
        if url.starts_with("sqlite:") {
            Engine::Sqlite
        } else {
            Engine::Postgres
        }
    }

    fn migrator(self) -> &'static Migrator {
        match self {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        }
    }
}

/// A connection pool and the engine behind it.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub engine: Engine,
    /// SQLite's single writer's turn; `None` on PostgreSQL.
    writer: Option<Arc<Semaphore>>,
}

/// Which migrations the database has, against those this binary knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaStatus {
    /// Known to this binary, not yet applied.
    pub pending: Vec<i64>,
    /// Applied by another (newer) binary, unknown to this one.
    pub unknown: Vec<i64>,
}

impl SchemaStatus {
    pub fn is_current(&self) -> bool {
        self.pending.is_empty() && self.unknown.is_empty()
    }
}

impl Db {
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        static DRIVERS: Once = Once::new();
        DRIVERS.call_once(install_default_drivers);
        let engine = Engine::from_url(url);
        let options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(10));
        let pool = match engine {
            Engine::Sqlite => {
                options
                    .max_connections(8)
                    // An embedded database's connection cannot drop: no
                    // ping before each use (a round trip to its thread).
                    .test_before_acquire(false)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            conn.execute(
                                "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                                 PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;",
                            )
                            .await
                            .map(|_| ())
                        })
                    })
                    .connect(url)
                    .await?
            }
            Engine::Postgres => options.max_connections(16).connect(url).await?,
        };
        let writer = (engine == Engine::Sqlite).then(|| Arc::new(Semaphore::new(1)));
        Ok(Db {
            pool,
            engine,
            writer,
        })
    }

    /// Waits for the turn to write, on SQLite; held until dropped. Waiting
    /// longer than SQLite's own busy timeout is an error, as it would be
    /// there.
    pub async fn writer(&self) -> Result<Option<OwnedSemaphorePermit>, sqlx::Error> {
        let Some(writer) = &self.writer else {
            return Ok(None);
        };
        match tokio::time::timeout(BUSY_TIMEOUT, writer.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(Some(permit)),
            _ => Err(sqlx::Error::PoolTimedOut),
        }
    }

    /// Applies every pending migration. Refuses a database that a newer
    /// binary migrated, instead of running against a schema it does not know.
    pub async fn migrate(&self) -> Result<(), MigrateError> {
        self.engine.migrator().run(&self.pool).await
    }

    pub async fn schema_status(&self) -> Result<SchemaStatus, sqlx::Error> {
        let has_table: Option<(i64,)> = sqlx::query_as(match self.engine {
            Engine::Sqlite => {
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'"
            }
            Engine::Postgres => {
                "SELECT 1::BIGINT FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_name = '_sqlx_migrations'"
            }
        })
        .fetch_optional(&self.pool)
        .await?;
        let applied: Vec<i64> = if has_table.is_some() {
            sqlx::query_as::<_, (i64,)>(
                "SELECT version FROM _sqlx_migrations WHERE success ORDER BY version",
            )
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|(v,)| v)
            .collect()
        } else {
            Vec::new()
        };
        let known: Vec<i64> = self.engine.migrator().iter().map(|m| m.version).collect();
        Ok(SchemaStatus {
            pending: known
                .iter()
                .filter(|v| !applied.contains(v))
                .copied()
                .collect(),
            unknown: applied
                .iter()
                .filter(|v| !known.contains(v))
                .copied()
                .collect(),
        })
    }

    /// A round trip to the database.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// Every table of the live schema (privacy tests scan them all).
    pub async fn table_names(&self) -> Result<Vec<String>, sqlx::Error> {
        let sql = match self.engine {
            Engine::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name"
            }
            Engine::Postgres => {
                "SELECT table_name::TEXT FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
                 AND table_name <> '_sqlx_migrations' ORDER BY table_name"
            }
        };
        let rows: Vec<(String,)> = sqlx::query_as(sql).fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(|(name,)| name).collect())
    }
}

/// `NotFound` when an UPDATE or DELETE matched no row: the record is not
/// there, or is not the caller's.
pub fn one_row(result: sqlx::any::AnyQueryResult) -> Result<(), crate::error::AppError> {
    if result.rows_affected() == 0 {
        Err(crate::error::AppError::NotFound)
    } else {
        Ok(())
    }
}
