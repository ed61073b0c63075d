//! The durable job queue: leases, retries with backoff, crash recovery,
//! deduplication, and no job run twice by competing workers.

use crate::common::{fx_db, fx_state};
use offerline::error::AppError;
use offerline::server::jobs::{self, Job, NewJob, Registry, Worker, repo};
use offerline::server::scope::Scope;
use offerline::server::state::AppState;
use offerline::server::time::now_ms;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

fn counting(kind: &str, counter: Arc<AtomicUsize>, fail_first: usize) -> Registry<AppState> {
    Registry::default().handle(kind, move |_state, _job: Job| {
        let counter = counter.clone();
        async move {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            if n < fail_first {
                Err(AppError::upstream(format!("failure {n}")))
            } else {
                Ok(())
            }
        }
    })
}

/// Makes a queued job due now, whatever its backoff said.
async fn make_due(t: &crate::common::TestDb, id: &str) {
    sqlx::query("UPDATE jobs SET run_at = 0 WHERE id = $1")
        .bind(id)
        .execute(&t.db.pool)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_queued_job_runs_once_and_is_marked_done() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let runs = Arc::new(AtomicUsize::new(0));
    let id = jobs::enqueue(&state.db, NewJob::new("test.ok"))
        .await
        .unwrap()
        .unwrap();
    let worker = Worker::new(state.clone(), counting("test.ok", runs.clone(), 0));
    assert!(worker.run_once().await.unwrap());
    assert!(!worker.run_once().await.unwrap(), "nothing left to run");
    assert_eq!(runs.load(Ordering::SeqCst), 1);
    let (status, attempts, error) = repo::status(&Scope::System, &t.db, &id).await.unwrap();
    assert_eq!((status.as_str(), attempts, error), ("done", 1, None));
}

#[tokio::test]
async fn a_failing_job_is_retried_later_with_backoff() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let runs = Arc::new(AtomicUsize::new(0));
    let id = jobs::enqueue(&state.db, NewJob::new("test.flaky"))
        .await
        .unwrap()
        .unwrap();
    let worker = Worker::new(state.clone(), counting("test.flaky", runs.clone(), 1));
    let before = now_ms();
    assert!(worker.run_once().await.unwrap());
    let (status, attempts, error) = repo::status(&Scope::System, &t.db, &id).await.unwrap();
    assert_eq!((status.as_str(), attempts), ("queued", 1));
    assert_eq!(error.as_deref(), Some("failure 0"));
    // Not due again until the backoff has passed.
    assert!(!worker.run_once().await.unwrap());
    let due: (i64,) = sqlx::query_as("SELECT run_at FROM jobs WHERE id = $1")
        .bind(&id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert!(due.0 >= before + jobs::backoff_ms(1));
    // Once due, the second attempt succeeds.
    make_due(&t, &id).await;
    assert!(worker.run_once().await.unwrap());
    let (status, attempts, _) = repo::status(&Scope::System, &t.db, &id).await.unwrap();
    assert_eq!((status.as_str(), attempts), ("done", 2));
}

#[tokio::test]
async fn a_job_fails_for_good_after_its_last_attempt() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let mut job = NewJob::new("test.broken");
    job.max_attempts = 2;
    let id = jobs::enqueue(&state.db, job).await.unwrap().unwrap();
    let worker = Worker::new(
        state.clone(),
        counting("test.broken", Arc::new(AtomicUsize::new(0)), 99),
    );
    for _ in 0..2 {
        make_due(&t, &id).await;
        assert!(worker.run_once().await.unwrap());
    }
    let (status, attempts, _) = repo::status(&Scope::System, &t.db, &id).await.unwrap();
    assert_eq!((status.as_str(), attempts), ("failed", 2));
}

#[tokio::test]
async fn a_job_of_unknown_kind_fails_without_retry() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let id = jobs::enqueue(&state.db, NewJob::new("test.nobody"))
        .await
        .unwrap()
        .unwrap();
    let worker = Worker::new(state.clone(), Registry::default());
    assert!(worker.run_once().await.unwrap());
    let (status, _, error) = repo::status(&Scope::System, &t.db, &id).await.unwrap();
    assert_eq!(status, "failed");
    assert!(error.unwrap().contains("no handler"));
}

#[tokio::test]
async fn a_crashed_workers_job_runs_again_after_its_lease_expires() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let id = jobs::enqueue(&state.db, NewJob::new("test.ok"))
        .await
        .unwrap()
        .unwrap();
    // A worker leases the job, then "crashes" (never reports back).
    let now = now_ms();
    let leased = repo::lease(&Scope::System, &t.db, "crashed-worker", now, 1_000)
        .await
        .unwrap();
    assert_eq!(leased.map(|j| j.id), Some(id.clone()));
    assert!(
        repo::lease(&Scope::System, &t.db, "other", now + 500, 1_000)
            .await
            .unwrap()
            .is_none()
    );
    // After the lease, another worker takes it over.
    let retaken = repo::lease(&Scope::System, &t.db, "other", now + 1_001, 1_000)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(retaken.id, id);
    assert_eq!(retaken.attempts, 2);
    // The crashed worker coming back late cannot complete it any more.
    assert!(
        !repo::complete(&Scope::System, &t.db, &id, "crashed-worker", now + 1_500)
            .await
            .unwrap()
    );
    assert!(
        repo::complete(&Scope::System, &t.db, &id, "other", now + 1_500)
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn the_same_dedupe_key_is_queued_only_once() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let mut job = NewJob::new("test.ok");
    job.dedupe_key = Some("only-one".into());
    assert!(
        jobs::enqueue(&state.db, job.clone())
            .await
            .unwrap()
            .is_some()
    );
    assert!(jobs::enqueue(&state.db, job).await.unwrap().is_none());
}

#[tokio::test]
async fn competing_workers_never_run_a_job_twice() {
    let t = fx_db().await;
    let state = fx_state(&t);
    for _ in 0..20 {
        jobs::enqueue(&state.db, NewJob::new("test.count"))
            .await
            .unwrap();
    }
    let runs = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let worker = Worker::new(state.clone(), counting("test.count", runs.clone(), 0));
        tasks.push(tokio::spawn(async move {
            while worker.run_once().await.unwrap() {}
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(runs.load(Ordering::SeqCst), 20);
    let (done,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM jobs WHERE status = 'done' AND attempts = 1")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(done, 20);
}

#[tokio::test]
async fn a_recurring_job_queues_its_next_run_after_success() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let registry = offerline::host::wiring::jobs();
    registry.schedule_recurring(&state).await.unwrap();
    registry.schedule_recurring(&state).await.unwrap();
    let worker = Worker::new(state.clone(), registry);
    // Every recurring kind runs once, then waits for its next run.
    while worker.run_once().await.unwrap() {}
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT status, run_at FROM jobs WHERE kind = 'jobs.prune' ORDER BY created_at",
    )
    .fetch_all(&t.db.pool)
    .await
    .unwrap();
    assert_eq!(rows.len(), 2, "one done, one queued: {rows:?}");
    assert_eq!(rows[0].0, "done");
    assert_eq!(rows[1].0, "queued");
    assert!(rows[1].1 > now_ms() + 23 * 3_600_000);
}

#[tokio::test]
async fn only_the_system_scope_reaches_the_queue() {
    let t = fx_db().await;
    let err = repo::lease(&Scope::Anonymous, &t.db, "w", now_ms(), 1_000)
        .await
        .unwrap_err();
    assert_eq!(err, offerline::error::AppError::Unauthorized);
}
