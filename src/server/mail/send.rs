//! The jobs that move mail: `mail.send` sends one stored message,
//! `mail.sweep` gives every queued message a send job (in case queueing one
//! failed), and `mail.prune` deletes messages once they are old news.

use super::{Status, message, repo};
use crate::error::AppError;
use crate::server::jobs::{self, Every, Job, NewJob, Registry};
use crate::server::mail::transport::Delivery;
use crate::server::scope::Scope;
use crate::server::state::AppState;
use crate::server::time::{DAY_MS, MINUTE_MS, now_ms};
use serde::{Deserialize, Serialize};
use std::time::Duration;

pub const SEND: &str = "mail.send";
/// Recurring: gives every queued message whose job was lost a new one.
pub const SWEEP: Every = Every::new("mail.sweep", 5 * MINUTE_MS);
/// Recurring: deletes messages once they are old news.
pub const PRUNE: Every = Every::new("mail.prune", DAY_MS);

/// Attempts before a message is failed for good. With the queue's backoff
/// (10 s doubling, capped at 1 h) the last one comes about 3.5 h after the first.
pub const MAX_ATTEMPTS: i64 = 12;
/// The sweep leaves messages younger than this to the job queued with them.
pub const SWEEP_GRACE_MS: i64 = 60 * 1000;
const SWEEP_BATCH: i64 = 500;
/// Sent and failed messages are kept this long, for troubleshooting.
pub const KEEP_FINISHED_MS: i64 = 7 * DAY_MS;

/// The mail jobs.
pub fn jobs(registry: Registry<AppState>) -> Registry<AppState> {
    registry
        .handle(SEND, run_send)
        .every(SWEEP, sweep)
        .every(PRUNE, prune)
}

#[derive(Serialize, Deserialize)]
struct Payload {
    outbox_id: String,
}

/// The send job of one message. Its dedupe key keeps one queued job per
/// message, whoever queues it (`queue` or the sweep).
pub fn send_job(outbox_id: &str, user_id: Option<String>) -> NewJob {
    let mut job = NewJob::new(SEND).with_payload(&Payload {
        outbox_id: outbox_id.to_string(),
    });
    job.user_id = user_id;
    job.dedupe_key = Some(format!("{SEND}:{outbox_id}"));
    job.max_attempts = MAX_ATTEMPTS;
    job
}

async fn run_send(state: AppState, job: Job) -> Result<(), AppError> {
    let payload: Payload = job.payload()?;
    deliver(&state, &payload.outbox_id, job.last_attempt()).await
}

/// Sends one stored message, unless it was sent or given up on already.
/// An error leaves it queued for the next attempt, or, on the last attempt
/// (`last_attempt`), marks it failed.
pub async fn deliver(
    state: &AppState,
    outbox_id: &str,
    last_attempt: bool,
) -> Result<(), AppError> {
    let scope = Scope::System;
    let db = &state.db;
    let key = &state.config.secrets.document_key;
    let Some(mail) = repo::get(&scope, db, key, outbox_id).await? else {
        tracing::info!(outbox = outbox_id, "message gone (its user was erased)");
        return Ok(());
    };
    if mail.status != Status::Queued {
        tracing::info!(
            outbox = outbox_id,
            status = mail.status.as_str(),
            "message already handled; not sent again"
        );
        return Ok(());
    }
    // Non-essential mail waits for nobody's switch: restricted or opted
    // out since it was queued, it is not sent at all.
    let unsubscribe = match (&mail.user_id, mail.essential) {
        (Some(user_id), false) => {
            let allowed =
                crate::server::privacy::controls::allows_product_email(state, user_id).await?;
            if !allowed {
                tracing::info!(outbox = outbox_id, kind = %mail.kind, "not sent: the user opted out");
                failed(
                    state,
                    outbox_id,
                    "suppressed: the user opted out".into(),
                    true,
                )
                .await;
                return Ok(());
            }
            Some(crate::server::privacy::controls::unsubscribe::one_click_url(state, user_id))
        }
        _ => None,
    };
    if !repo::begin_attempt(&scope, db, outbox_id).await? {
        return Ok(());
    }
    let message = match message::build(&state.config.mail_from, &mail, unsubscribe.as_deref()) {
        Ok(message) => message,
        Err(error) => return Err(failed(state, outbox_id, error, last_attempt).await),
    };
    match state.mailer.send(outbox_id, &message).await {
        Ok(delivery) => {
            record_sent(state, outbox_id).await?;
            match delivery {
                Delivery::Smtp => {
                    tracing::info!(outbox = outbox_id, kind = %mail.kind, "email sent")
                }
                Delivery::File(path) => tracing::info!(
                    outbox = outbox_id,
                    kind = %mail.kind,
                    path = %path.display(),
                    "email written to the outbox folder"
                ),
            }
            Ok(())
        }
        Err(error) => Err(failed(state, outbox_id, error, last_attempt).await),
    }
}

/// Marks a message sent right after the transport accepted it. A database
/// hiccup here would make a retry send it again, so this tries a few times
/// before giving up.
async fn record_sent(state: &AppState, outbox_id: &str) -> Result<(), AppError> {
    let mut last_error = String::new();
    for pause_ms in [0, 250, 1_000, 4_000] {
        tokio::time::sleep(Duration::from_millis(pause_ms)).await;
        match repo::mark_sent(&Scope::System, &state.db, outbox_id, now_ms()).await {
            Ok(_) => return Ok(()),
            Err(e) => last_error = e.to_string(),
        }
    }
    tracing::error!(outbox = outbox_id, error = %last_error, "email sent, but could not be marked sent: a retry may send it again");
    Err(AppError::upstream(format!(
        "sent, but not marked sent: {last_error}"
    )))
}

/// Records a failed attempt and returns its error for the job queue.
async fn failed(state: &AppState, outbox_id: &str, error: String, give_up: bool) -> AppError {
    if give_up {
        tracing::error!(outbox = outbox_id, %error, "email failed for good");
    }
    if let Err(e) =
        repo::record_failure(&Scope::System, &state.db, outbox_id, &error, give_up).await
    {
        tracing::error!(outbox = outbox_id, error = %e, "could not record the email's failure");
    }
    AppError::upstream(error)
}

/// Gives every queued message older than the grace period a send job. The
/// dedupe key makes this a no-op for messages whose job is still queued or
/// running; a message whose job was lost (queueing failed after the row was
/// stored) or finished without it (an instance that did not know `mail.send`)
/// gets a new one.
pub async fn sweep(state: AppState) -> Result<(), AppError> {
    let stale = repo::queued_before(
        &Scope::System,
        &state.db,
        now_ms() - SWEEP_GRACE_MS,
        SWEEP_BATCH,
    )
    .await?;
    let mut requeued = 0;
    for (id, user_id) in stale {
        if jobs::enqueue(&state.db, send_job(&id, user_id))
            .await?
            .is_some()
        {
            requeued += 1;
        }
    }
    if requeued > 0 {
        tracing::warn!(requeued, "queued send jobs for messages that had none");
    }
    Ok(())
}

/// Deletes sent and failed messages older than `KEEP_FINISHED_MS`: their
/// links have long expired, and the outbox is no archive.
pub async fn prune(state: AppState) -> Result<(), AppError> {
    let removed =
        repo::delete_finished(&Scope::System, &state.db, now_ms() - KEEP_FINISHED_MS).await?;
    let files = state
        .mailer
        .forget(removed.clone())
        .await
        .map_err(AppError::upstream)?;
    tracing::info!(removed = removed.len(), files, "pruned old messages");
    Ok(())
}
