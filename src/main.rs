//! The `offerline` command: the server and its maintenance subcommands.

use clap::{Parser, Subcommand};
use offerline::server::config::Config;
use offerline::server::serve;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "offerline",
    version,
    about = "Offerline, a privacy-first job search tracker"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web app (the default).
    Serve,
    /// Apply pending database migrations, print the schema status and exit.
    Migrate,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let config = match Config::load() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve::serve(config).await,
        Command::Migrate => migrate(config).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            eprintln!("offerline: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn migrate(config: Config) -> Result<(), serve::StartError> {
    let db = serve::open_database(&config).await?;
    let status = db.schema_status().await?;
    println!("database schema is current: {}", status.is_current());
    Ok(())
}
