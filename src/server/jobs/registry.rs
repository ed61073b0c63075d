//! Which handler runs each job kind, and which kinds recur.

use super::{Job, NewJob, WorkerState, enqueue};
use crate::error::AppError;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

type HandlerFuture = Pin<Box<dyn Future<Output = Result<(), AppError>> + Send>>;
pub(super) type Handler<S> = Arc<dyn Fn(S, Job) -> HandlerFuture + Send + Sync>;

/// A task that runs again `every_ms` after each success: prunes, sweeps,
/// roll-ups. Its kind is also its dedupe key, so one run is queued at a time.
#[derive(Debug, Clone, Copy)]
pub struct Every {
    pub kind: &'static str,
    pub every_ms: i64,
}

impl Every {
    pub const fn new(kind: &'static str, every_ms: i64) -> Every {
        Every { kind, every_ms }
    }
}

/// The handlers a worker knows, by job kind, and which kinds recur. `S` is
/// the state handed to every handler (the server's `AppState`).
pub struct Registry<S> {
    pub(super) handlers: HashMap<String, Handler<S>>,
    pub(super) recurring: HashMap<String, i64>,
}

impl<S> Default for Registry<S> {
    fn default() -> Self {
        Registry {
            handlers: HashMap::new(),
            recurring: HashMap::new(),
        }
    }
}

impl<S> Clone for Registry<S> {
    fn clone(&self) -> Self {
        Registry {
            handlers: self.handlers.clone(),
            recurring: self.recurring.clone(),
        }
    }
}

impl<S: WorkerState> Registry<S> {
    /// Runs `handler` for each job of `kind`.
    pub fn handle<F, Fut>(mut self, kind: &str, handler: F) -> Registry<S>
    where
        F: Fn(S, Job) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), AppError>> + Send + 'static,
    {
        self.handlers.insert(
            kind.to_string(),
            Arc::new(move |state, job| Box::pin(handler(state, job))),
        );
        self
    }

    /// Runs `task` now and then again `every.every_ms` after each success.
    pub fn every<F, Fut>(mut self, every: Every, task: F) -> Registry<S>
    where
        F: Fn(S) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), AppError>> + Send + 'static,
    {
        self.recurring
            .insert(every.kind.to_string(), every.every_ms);
        self.handle(every.kind, move |state, _job| task(state))
    }

    /// Makes sure each recurring kind has a run queued.
    pub async fn schedule_recurring(&self, state: &S) -> Result<(), AppError> {
        for kind in self.recurring.keys() {
            let mut job = NewJob::new(kind);
            job.dedupe_key = Some(kind.clone());
            enqueue(state.db(), job).await?;
        }
        Ok(())
    }
}
