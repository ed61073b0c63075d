//! One server instance's job runner: leases a due job, runs its handler,
//! records the outcome, and queues the next run of a recurring kind.

use super::{LEASE_MS, NewJob, Registry, backoff_ms, repo};
use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// The state a worker hands to handlers: it must reach the queue's database.
pub trait WorkerState: Clone + Send + Sync + 'static {
    fn db(&self) -> &Db;
}

pub struct Worker<S> {
    state: S,
    registry: Registry<S>,
    id: String,
    idle_poll: Duration,
}

impl<S: WorkerState> Worker<S> {
    pub fn new(state: S, registry: Registry<S>) -> Worker<S> {
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
        let db = self.state.db();
        let Some(job) = repo::lease(&scope, db, &self.id, now_ms(), LEASE_MS).await? else {
            return Ok(false);
        };
        let span =
            tracing::info_span!("job", id = %job.id, kind = %job.kind, attempt = job.attempts);
        let _enter = span.enter();
        let handler = self.registry.handlers.get(&job.kind);
        let outcome = match handler {
            Some(handler) => handler(self.state.clone(), job.clone()).await,
            None => Err(AppError::upstream(format!(
                "no handler for job kind {:?}",
                job.kind
            ))),
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
                let retry_at = (handler.is_some() && job.attempts < job.max_attempts)
                    .then(|| now + backoff_ms(job.attempts));
                let error = error.to_string();
                tracing::warn!(%error, will_retry = retry_at.is_some(), "job failed");
                repo::fail(&scope, db, &job.id, &self.id, &error, retry_at, now).await?;
            }
        }
        Ok(true)
    }
}
