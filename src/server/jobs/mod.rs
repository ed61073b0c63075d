//! Durable background work, as a library that knows no domain. Jobs live in
//! the `jobs` table; a worker in each server instance leases one due job at
//! a time (`locked_until`), runs its handler, then marks it done, or queues
//! it again with exponential backoff until `max_attempts`. A worker that
//! dies mid-job loses its lease when it expires, and another worker runs the
//! job again, so handlers must be idempotent and finish within the lease.
//!
//! Each domain exports its job kinds and recurring tasks as a function that
//! adds them to a [`Registry`]; the server assembles the registry in
//! `host::wiring`, next to the routes. Handlers return [`AppError`], the
//! one error channel of the whole server.

mod registry;
pub mod repo;
mod worker;

pub use registry::{Every, Registry};
pub use worker::{Worker, WorkerState};

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::time::now_ms;

/// How long a worker owns a job it leased.
pub const LEASE_MS: i64 = 5 * 60 * 1000;
const FIRST_RETRY_MS: i64 = 10_000;
const MAX_RETRY_MS: i64 = 60 * 60 * 1000;

/// A leased job, as its handler sees it.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: String,
    pub kind: String,
    /// JSON text.
    pub payload: String,
    pub user_id: Option<String>,
    /// Attempts so far, this one included.
    pub attempts: i64,
    pub max_attempts: i64,
}

impl Job {
    /// The payload, read as `T`; a payload that does not read is a bug of
    /// whoever queued it, and fails the job.
    pub fn payload<T: serde::de::DeserializeOwned>(&self) -> Result<T, AppError> {
        serde_json::from_str(&self.payload)
            .map_err(|e| AppError::upstream(format!("bad payload for {}: {e}", self.kind)))
    }

    /// Whether this is the last attempt the queue will make.
    pub fn last_attempt(&self) -> bool {
        self.attempts >= self.max_attempts
    }
}

/// A job to queue.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: String,
    pub payload: String,
    pub user_id: Option<String>,
    pub dedupe_key: Option<String>,
    pub run_at: i64,
    pub max_attempts: i64,
}

impl NewJob {
    /// A job of `kind`, due now, with an empty payload and 8 attempts.
    pub fn new(kind: &str) -> NewJob {
        NewJob {
            kind: kind.to_string(),
            payload: "{}".to_string(),
            user_id: None,
            dedupe_key: None,
            run_at: now_ms(),
            max_attempts: 8,
        }
    }

    /// The same job carrying `payload` as JSON.
    pub fn with_payload(mut self, payload: &impl serde::Serialize) -> NewJob {
        self.payload = serde_json::to_string(payload).unwrap_or_else(|_| "{}".to_string());
        self
    }
}

/// Queues a job; `None` when an identical (same `dedupe_key`) one is queued.
pub async fn enqueue(db: &Db, job: NewJob) -> Result<Option<String>, AppError> {
    repo::insert(&Scope::System, db, &job, now_ms()).await
}

/// Delay before attempt `attempts + 1`: 10 s, 20 s, 40 s … capped at 1 h.
pub fn backoff_ms(attempts: i64) -> i64 {
    let exponent = attempts.clamp(1, 20) - 1;
    FIRST_RETRY_MS
        .saturating_mul(1 << exponent)
        .min(MAX_RETRY_MS)
}

/// The queue's own upkeep: finished jobs are deleted after a week.
pub mod housekeeping {
    use super::{Every, Registry, WorkerState, repo};
    use crate::error::AppError;
    use crate::server::scope::Scope;
    use crate::server::time::{DAY_MS, now_ms};

    pub const PRUNE: Every = Every::new("jobs.prune", DAY_MS);
    /// Finished jobs are kept this long for troubleshooting.
    pub const KEEP_FINISHED_MS: i64 = 7 * DAY_MS;

    pub fn jobs<S: WorkerState>(registry: Registry<S>) -> Registry<S> {
        registry.every(PRUNE, |state: S| async move {
            let removed =
                repo::delete_finished(&Scope::System, state.db(), now_ms() - KEEP_FINISHED_MS)
                    .await?;
            tracing::info!(removed, "pruned finished jobs");
            Ok::<(), AppError>(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::backoff_ms;

    #[test]
    fn backoff_doubles_and_caps_at_an_hour() {
        assert_eq!(backoff_ms(1), 10_000);
        assert_eq!(backoff_ms(2), 20_000);
        assert_eq!(backoff_ms(4), 80_000);
        assert_eq!(backoff_ms(30), 3_600_000);
    }
}
