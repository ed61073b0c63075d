//! A unit of work: one transaction that a domain service opens, on behalf
//! of one scope, and hands to each repository function it calls. The rules
//! (what a move changes, what goes on a timeline) stay in the service; the
//! repository functions only run their SQL inside the service's
//! transaction, so all of it commits or none of it does. On SQLite a unit
//! of work first takes the writer's turn (`Db::writer`).

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;
use sqlx::{Any, AnyConnection, Transaction};
use tokio::sync::OwnedSemaphorePermit;

pub struct Work<'s> {
    // Dropped in this order: the transaction ends, then the turn passes.
    tx: Transaction<'static, Any>,
    _turn: Option<OwnedSemaphorePermit>,
    scope: &'s Scope,
}

impl<'s> Work<'s> {
    /// Opens a transaction acting for `scope`.
    pub async fn begin(scope: &'s Scope, db: &Db) -> Result<Work<'s>, AppError> {
        let turn = db.writer().await?;
        Ok(Work {
            tx: db.pool.begin().await?,
            _turn: turn,
            scope,
        })
    }

    /// The signed-in user the work is for; `Unauthorized` otherwise.
    pub fn user_id(&self) -> Result<&'s str, AppError> {
        self.scope.user_id()
    }

    /// The transaction's connection, for a query.
    pub fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }

    /// Commits everything the work did; dropped without it, it rolls back.
    pub async fn commit(self) -> Result<(), AppError> {
        self.tx.commit().await?;
        Ok(())
    }
}
