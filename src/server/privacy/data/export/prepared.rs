//! Exports of large accounts (P26), prepared in the background. An account
//! with more rows than `OFFERLINE_EXPORT_BACKGROUND_ROWS` does not get its
//! archive streamed at once: the request queues a `privacy.export` job,
//! which writes the same archive (`archive.rs`) sealed into storage,
//! updating a progress count after each page of rows. When it is stored,
//! the owner is emailed a link that works once, for 24 hours, and only
//! signed in as them: it opens a page whose button posts the token back,
//! so a mail scanner that follows links cannot use it up. The download
//! streams the file out of storage, opened on the way, and deletes it.
//! An hourly prune deletes expired links' files and rows, and preparations
//! that failed or never finished.

use super::archive::{self, Progress};
use super::repo::{prepared as repo, rows};
use crate::error::AppError;
use crate::model::data::{PreparedExport, PreparedState};
use crate::server::auth::{accounts, tokens};
use crate::server::db::Db;
use crate::server::jobs::{self, Job, NewJob};
use crate::server::mail::{self, Outgoing, Template};
use crate::server::scope::{Role, Scope, UserScope};
use crate::server::state::AppState;
use crate::server::storage::user_prefix;
use crate::server::time::{HOUR_MS, now_ms};

pub const JOB: &str = "privacy.export";
/// Recurring: deletes expired links and abandoned preparations.
pub const PRUNE: jobs::Every = jobs::Every::new("privacy.export.prune", HOUR_MS);

/// The prepared exports' background work.
pub fn jobs(registry: jobs::Registry<AppState>) -> jobs::Registry<AppState> {
    registry.handle(JOB, run).every(PRUNE, prune)
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    export: String,
}
/// How long the emailed link works.
pub const LINK_VALID_MS: i64 = 24 * 60 * 60 * 1000;
/// A preparation that has not finished after this long is given up.
const STALE_MS: i64 = 2 * 24 * 60 * 60 * 1000;
const PRUNE_BATCH: i64 = 200;

/// Where the file of export `id` of `user_id` is stored.
pub fn file_name(user_id: &str, id: &str) -> String {
    format!("{}exports/{id}.zip.sealed", user_prefix(user_id))
}

/// The page the emailed link opens.
pub fn link_path(id: &str, token: &str) -> String {
    format!("{}/{id}?token={token}", crate::model::data::PREPARED_PAGE)
}

/// The rows an export of the signed-in person writes.
pub async fn rows_to_export(scope: &Scope, db: &Db) -> Result<i64, AppError> {
    let mut total = 0;
    for table in super::exported_tables(scope, db).await? {
        total += rows::count(scope, db, &table).await?;
    }
    Ok(total)
}

fn view(row: repo::PreparedRow, now: i64) -> PreparedExport {
    let state = match row.status.as_str() {
        "queued" => PreparedState::Queued,
        "running" => PreparedState::Running,
        "ready" if row.expires_at.is_some_and(|at| at > now) => PreparedState::Ready,
        "ready" => PreparedState::Expired,
        "downloaded" => PreparedState::Downloaded,
        _ => PreparedState::Failed,
    };
    PreparedExport {
        id: row.id,
        state,
        rows_done: row.rows_done,
        rows_total: row.rows_total,
        bytes: row.bytes,
        created_at: row.created_at,
        expires_at: row.expires_at,
    }
}

/// The person's export in preparation or waiting to be downloaded.
pub async fn current(state: &AppState, scope: &Scope) -> Result<Option<PreparedExport>, AppError> {
    let now = now_ms();
    Ok(repo::current(scope, &state.db)
        .await?
        .map(|row| view(row, now)))
}

/// One of the person's exports (`NotFound` for anyone else's).
pub async fn find(state: &AppState, scope: &Scope, id: &str) -> Result<PreparedExport, AppError> {
    Ok(view(repo::find(scope, &state.db, id).await?, now_ms()))
}

/// Queues the preparation of the signed-in person's export; `Conflict`
/// while one is under way.
pub async fn request(state: &AppState, scope: &Scope) -> Result<String, AppError> {
    let user_id = scope.user_id()?.to_string();
    if let Some(existing) = current(state, scope).await?
        && matches!(
            existing.state,
            PreparedState::Queued | PreparedState::Running
        )
    {
        return Err(AppError::Conflict("export".into()));
    }
    let id = crate::server::id::new_id();
    repo::insert(scope, &state.db, &id, now_ms()).await?;
    let mut job = NewJob::new(JOB).with_payload(&Payload { export: id.clone() });
    job.user_id = Some(user_id);
    job.dedupe_key = Some(format!("{JOB}:{id}"));
    job.max_attempts = 3;
    jobs::enqueue(&state.db, job).await?;
    tracing::info!("background data export queued");
    Ok(id)
}

/// Writes the rows written so far into the export's row.
struct Tracker {
    db: Db,
    id: String,
}

impl Progress for Tracker {
    async fn rows_written(&mut self, rows: i64) {
        if let Err(err) = repo::advance(&Scope::System, &self.db, &self.id, rows).await {
            tracing::warn!(?err, "could not record the export's progress");
        }
    }
}

/// The `privacy.export` job: writes the archive into storage, then emails
/// the link. Run again after a crash, it starts over.
pub async fn run(state: AppState, job: Job) -> Result<(), AppError> {
    let Payload { export } = job.payload()?;
    let id = export.as_str();
    let system = Scope::System;
    let row = match repo::find(&system, &state.db, id).await {
        Ok(row) => row,
        // Deleted meanwhile, with its account or by the prune.
        Err(AppError::NotFound) => return Ok(()),
        Err(err) => return Err(err),
    };
    if !matches!(row.status.as_str(), "queued" | "running") {
        return Ok(());
    }
    match prepare(&state, &row).await {
        Ok(()) => Ok(()),
        Err(err) => {
            if job.last_attempt() {
                repo::fail(&system, &state.db, id).await?;
            }
            Err(err)
        }
    }
}

async fn prepare(state: &AppState, row: &repo::PreparedRow) -> Result<(), AppError> {
    let system = Scope::System;
    let owner = Scope::User(UserScope::new(row.user_id.clone(), Role::User));
    let total = rows_to_export(&owner, &state.db).await?;
    repo::start(&system, &state.db, &row.id, total).await?;
    let mut tracker = Tracker {
        db: state.db.clone(),
        id: row.id.clone(),
    };
    let db = state.db.clone();
    let storage = state.storage.clone();
    let name = file_name(&row.user_id, &row.id);
    let (_, bytes) = state
        .storage
        .put(&name, |pipe| async move {
            archive::write(&owner, &db, &storage, pipe, &mut tracker).await
        })
        .await?;
    let (token, token_hash) = tokens::generate();
    let now = now_ms();
    let expires_at = now + LINK_VALID_MS;
    repo::ready(
        &system,
        &state.db,
        &row.id,
        bytes as i64,
        &token_hash,
        (now, expires_at),
    )
    .await?;
    let user = accounts::find(&system, &state.db, &row.user_id).await?;
    let mail = Outgoing {
        to: user.email.clone(),
        to_name: Some(user.name.clone()),
        user_id: Some(user.id.clone()),
        locale: crate::i18n::Locale::from_tag(&user.locale).unwrap_or_default(),
        template: Template::ExportReady {
            name: user.name,
            link: state.config.link(&link_path(&row.id, &token)),
            expires: crate::model::format::utc_datetime(expires_at),
        },
    };
    mail::queue(state, &system, mail).await?;
    tracing::info!(bytes, "background data export ready");
    Ok(())
}

/// Takes the link's one use and streams the file, deleting it once sent.
/// `NotFound` when the link is not the person's, is used or has expired.
pub async fn download(
    state: &AppState,
    scope: &Scope,
    id: &str,
    token: &str,
) -> Result<axum::body::Body, AppError> {
    let user_id = scope.user_id()?.to_string();
    if !repo::claim(scope, &state.db, id, &tokens::digest(token), now_ms()).await? {
        return Err(AppError::NotFound);
    }
    tracing::info!("background data export downloaded");
    let storage = state.storage.clone();
    let name = file_name(&user_id, id);
    Ok(crate::server::pipe::body(move |mut pipe| async move {
        let sent = storage.open(&name, &mut pipe).await;
        storage.delete(&name).await?;
        sent.map(|_| ())
    }))
}

/// The hourly prune of expired links and abandoned preparations.
pub async fn prune(state: AppState) -> Result<(), AppError> {
    prune_at(&state, now_ms()).await.map(|_| ())
}

/// Deletes, as of `now`, every export whose time is over, with its file;
/// returns how many.
pub async fn prune_at(state: &AppState, now: i64) -> Result<usize, AppError> {
    let system = Scope::System;
    let mut pruned = 0;
    loop {
        let over = repo::over(&system, &state.db, now, now - STALE_MS, PRUNE_BATCH).await?;
        if over.is_empty() {
            return Ok(pruned);
        }
        for row in &over {
            state
                .storage
                .delete(&file_name(&row.user_id, &row.id))
                .await?;
            repo::delete(&system, &state.db, &row.id).await?;
        }
        pruned += over.len();
    }
}
