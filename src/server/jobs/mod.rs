//! Durable background work. Jobs live in the `jobs` table; a worker in each
//! server instance leases one due job at a time (`locked_until`), runs its
//! handler, then marks it done, or queues it again with exponential backoff
//! until `max_attempts`. A worker that dies mid-job loses its lease when it
//! expires, and another worker runs the job again, so handlers must be
//! idempotent and finish within the lease.

pub mod repo;

use crate::error::AppError;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::now_ms;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

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
}

/// Queues a job; `None` when an identical (same `dedupe_key`) one is queued.
pub async fn enqueue(state: &AppState, job: NewJob) -> Result<Option<String>, AppError> {
    repo::insert(&Scope::System, &state.db, &job, now_ms()).await
}

/// Delay before attempt `attempts + 1`: 10 s, 20 s, 40 s … capped at 1 h.
pub fn backoff_ms(attempts: i64) -> i64 {
    let exponent = attempts.clamp(1, 20) - 1;
    FIRST_RETRY_MS
        .saturating_mul(1 << exponent)
        .min(MAX_RETRY_MS)
}

type HandlerFuture = Pin<Box<dyn Future<Output = Result<(), String>> + Send>>;
type Handler = Arc<dyn Fn(AppState, Job) -> HandlerFuture + Send + Sync>;

/// The handlers a worker knows, by job kind, and which kinds recur.
#[derive(Clone, Default)]
pub struct Registry {
    handlers: HashMap<String, Handler>,
    recurring: HashMap<String, i64>,
}

impl Registry {
    /// Every job kind Offerline runs.
    pub fn standard() -> Registry {
        use crate::server::{auth, boards, onboarding, privacy, ratelimit};
        let registry = Registry::default()
            .recurring(
                housekeeping::PRUNE_JOBS,
                housekeeping::PRUNE_EVERY_MS,
                |state, _job| Box::pin(housekeeping::prune_jobs(state)),
            )
            .recurring(
                auth::session::PRUNE,
                auth::session::PRUNE_EVERY_MS,
                |state, _job| Box::pin(auth::session::prune(state)),
            )
            .recurring(
                ratelimit::PRUNE,
                ratelimit::PRUNE_EVERY_MS,
                |state, _job| Box::pin(ratelimit::prune(state)),
            )
            .recurring(
                boards::import::PRUNE,
                boards::import::PRUNE_EVERY_MS,
                |state, _job| Box::pin(boards::import::prune(state)),
            )
            .recurring(
                privacy::erasure::PURGE,
                privacy::erasure::PURGE_EVERY_MS,
                |state, _job| Box::pin(privacy::erasure::purge(state)),
            )
            .recurring(
                crate::server::privacy::analytics::ROLLUP,
                crate::server::privacy::analytics::ROLLUP_EVERY_MS,
                |state, _job| Box::pin(crate::server::privacy::analytics::rollup_job(state)),
            )
            .recurring(
                crate::server::privacy::analytics::PRUNE,
                crate::server::privacy::analytics::PRUNE_EVERY_MS,
                |state, _job| Box::pin(crate::server::privacy::analytics::prune_job(state)),
            )
            .recurring(
                privacy::export::prepared::PRUNE,
                privacy::export::prepared::PRUNE_EVERY_MS,
                |state, _job| Box::pin(privacy::export::prepared::prune(state)),
            )
            .handle(privacy::export::prepared::JOB, |state, job| {
                Box::pin(privacy::export::prepared::run(state, job))
            })
            .handle(auth::RESET_JOB, |state, job| {
                Box::pin(auth::send_reset_link(state, job))
            })
            .handle(crate::server::policies::NOTIFY_JOB, |state, job| {
                Box::pin(crate::server::policies::notify(state, job))
            })
            .handle(onboarding::TIPS_JOB, |state, job| {
                Box::pin(onboarding::send_tips(state, job))
            });
        crate::server::mail::send::register(registry)
    }

    pub fn handle<F>(mut self, kind: &str, handler: F) -> Registry
    where
        F: Fn(AppState, Job) -> HandlerFuture + Send + Sync + 'static,
    {
        self.handlers.insert(kind.to_string(), Arc::new(handler));
        self
    }

    /// A kind that queues itself again `every_ms` after each success.
    pub fn recurring<F>(mut self, kind: &str, every_ms: i64, handler: F) -> Registry
    where
        F: Fn(AppState, Job) -> HandlerFuture + Send + Sync + 'static,
    {
        self.recurring.insert(kind.to_string(), every_ms);
        self.handle(kind, handler)
    }

    /// Makes sure each recurring kind has a run queued.
    pub async fn schedule_recurring(&self, state: &AppState) -> Result<(), AppError> {
        for kind in self.recurring.keys() {
            let mut job = NewJob::new(kind);
            job.dedupe_key = Some(kind.clone());
            enqueue(state, job).await?;
        }
        Ok(())
    }
}

/// One server instance's job runner.
pub struct Worker {
    state: AppState,
    registry: Registry,
    id: String,
    idle_poll: Duration,
}

impl Worker {
    pub fn new(state: AppState, registry: Registry) -> Worker {
        Worker {
            state,
            registry,
            id: format!("worker-{}", uuid::Uuid::now_v7()),
            idle_poll: Duration::from_secs(2),
        }
    }

    /// Runs jobs until `shutdown` is cancelled; a job under way is finished first.
    pub async fn run(self, shutdown: CancellationToken) {
        if let Err(err) = self.registry.schedule_recurring(&self.state).await {
            tracing::error!(?err, "could not schedule recurring jobs");
        }
        tracing::info!(worker = %self.id, "job worker started");
        while !shutdown.is_cancelled() {
            let ran = self.run_once().await.unwrap_or_else(|err| {
                tracing::error!(?err, "job worker could not reach the queue");
                false
            });
            if !ran {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(self.idle_poll) => {}
                }
            }
        }
        tracing::info!(worker = %self.id, "job worker stopped");
    }

    /// Leases and runs one due job; `false` when none was due.
    pub async fn run_once(&self) -> Result<bool, AppError> {
        let scope = Scope::System;
        let db = &self.state.db;
        let Some(job) = repo::lease(&scope, db, &self.id, now_ms(), LEASE_MS).await? else {
            return Ok(false);
        };
        let span =
            tracing::info_span!("job", id = %job.id, kind = %job.kind, attempt = job.attempts);
        let _enter = span.enter();
        let outcome = match self.registry.handlers.get(&job.kind) {
            Some(handler) => handler(self.state.clone(), job.clone()).await,
            None => Err(format!("no handler for job kind {:?}", job.kind)),
        };
        let now = now_ms();
        match outcome {
            Ok(()) => {
                repo::complete(&scope, db, &job.id, &self.id, now).await?;
                if let Some(every) = self.registry.recurring.get(&job.kind) {
                    let mut next = NewJob::new(&job.kind);
                    next.run_at = now + every;
                    next.dedupe_key = Some(job.kind.clone());
                    repo::insert(&scope, db, &next, now).await?;
                }
                tracing::info!("job done");
            }
            Err(error) => {
                let known = self.registry.handlers.contains_key(&job.kind);
                let retry_at = (known && job.attempts < job.max_attempts)
                    .then(|| now + backoff_ms(job.attempts));
                tracing::warn!(%error, will_retry = retry_at.is_some(), "job failed");
                repo::fail(&scope, db, &job.id, &self.id, &error, retry_at, now).await?;
            }
        }
        Ok(true)
    }
}

/// The queue's own upkeep.
pub mod housekeeping {
    use super::repo;
    use crate::server::scope::Scope;
    use crate::server::state::AppState;
    use crate::server::time::now_ms;

    pub const PRUNE_JOBS: &str = "jobs.prune";
    pub const PRUNE_EVERY_MS: i64 = 24 * 60 * 60 * 1000;
    /// Finished jobs are kept this long for troubleshooting.
    pub const KEEP_FINISHED_MS: i64 = 7 * 24 * 60 * 60 * 1000;

    pub async fn prune_jobs(state: AppState) -> Result<(), String> {
        let removed = repo::delete_finished(&Scope::System, &state.db, now_ms() - KEEP_FINISHED_MS)
            .await
            .map_err(|e| e.to_string())?;
        tracing::info!(removed, "pruned finished jobs");
        Ok(())
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
