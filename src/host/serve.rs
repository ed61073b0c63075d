//! Start-up and shutdown of the server: prepare the data directory and the
//! database, start the job worker, serve until SIGTERM or Ctrl-C, then let
//! requests under way finish and the worker finish its job before exiting.

use crate::host::{router, wiring};
use crate::server::config::Config;
use crate::server::db::Db;
use crate::server::instance;
use crate::server::jobs::Worker;
use crate::server::state::AppState;
use std::error::Error;
use tokio_util::sync::CancellationToken;

pub type StartError = Box<dyn Error + Send + Sync>;

/// Connects, refuses a schema from a newer binary, applies migrations.
pub async fn open_database(config: &Config) -> Result<Db, StartError> {
    std::fs::create_dir_all(&config.data_dir).map_err(|e| {
        format!(
            "cannot create data directory {}: {e}",
            config.data_dir.display()
        )
    })?;
    let db = Db::connect(&config.database_url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    let status = db.schema_status().await?;
    if !status.unknown.is_empty() {
        return Err(format!(
            "the database was migrated by a newer Offerline (migrations {:?}); run that version or newer",
            status.unknown
        )
        .into());
    }
    db.migrate()
        .await
        .map_err(|e| format!("migrations failed: {e}"))?;
    Ok(db)
}

pub async fn serve(config: Config) -> Result<(), StartError> {
    let db = open_database(&config).await?;
    instance::record_start(&db)
        .await
        .map_err(|e| format!("{e}"))?;
    let addr = config.leptos.site_addr;
    let pkg_dir = std::path::Path::new(config.leptos.site_root.as_ref())
        .join(config.leptos.site_pkg_dir.as_ref());
    crate::server::assets::precompress_in_background(pkg_dir);
    let state = AppState::new(config, db.clone())?;
    tracing::info!("email goes to {}", state.mailer.describe());

    let shutdown = CancellationToken::new();
    let worker = tokio::spawn(Worker::new(state.clone(), wiring::jobs()).run(shutdown.clone()));

    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tracing::info!("Offerline listening on http://{addr}");
    let app = router::build(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;

    tracing::info!("stopping: waiting for the job worker");
    shutdown.cancel();
    let _ = worker.await;
    db.pool.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutdown signal received");
}
