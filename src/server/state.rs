//! What every request handler and job can reach: configuration, the
//! database, the mailer and file storage, each built once at start-up.

use crate::error::AppError;
use crate::server::config::Config;
use crate::server::db::Db;
use crate::server::hashing::Hasher;
use crate::server::jobs::WorkerState;
use crate::server::mail::transport::Mailer;
use crate::server::storage::Storage;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub hasher: Hasher,
    pub mailer: Mailer,
    pub storage: Storage,
}

impl AppState {
    /// The state of a server started with `config` on `db`.
    pub fn new(config: Config, db: Db) -> Result<AppState, String> {
        let mailer = Mailer::from_config(&config)?;
        let storage = Storage::from_config(&config)?;
        Ok(AppState {
            storage,
            hasher: Hasher::new(config.hash_concurrency),
            config: Arc::new(config),
            db,
            mailer,
        })
    }

    /// The state, inside a server function or a server-rendered component.
    pub fn from_context() -> Result<AppState, AppError> {
        leptos::prelude::use_context::<AppState>().ok_or_else(|| {
            tracing::error!("AppState missing from the Leptos context");
            AppError::internal()
        })
    }
}

impl WorkerState for AppState {
    fn db(&self) -> &Db {
        &self.db
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.config.leptos.clone()
    }
}
