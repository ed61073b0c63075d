//! The `offerline` command: the server and its maintenance subcommands.

use clap::{Parser, Subcommand};
use offerline::host::serve;
use offerline::server::config::Config;
use std::process::ExitCode;

/// The server's memory allocator: mimalloc, faster than the system's for
/// the many small allocations of rendering a page (see Cargo.toml). Chosen
/// by the programs, not the library, so a test can count allocations.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Make an administrator: creates the account (or promotes an existing
    /// one) and prints a single-use link, valid 24 hours, to set its password.
    CreateAdmin {
        /// The administrator's email address.
        #[arg(long)]
        email: String,
        /// The name shown in the app (for a new account).
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
    /// Publish a new version of the privacy policy, cookie policy and terms
    /// (P31): every user is emailed about it in their language by the job
    /// worker of a running server, and sees a notice in the app until they
    /// acknowledge it.
    PublishPolicy {
        /// The version's name: letters, digits, dots, hyphens, e.g. 2027-01-15.
        #[arg(long)]
        version: String,
        /// The day it takes effect (YYYY-MM-DD, midnight UTC); not before the
        /// newest published version.
        #[arg(long)]
        effective: String,
        /// What changed, in English.
        #[arg(long)]
        summary_en: String,
        /// What changed, in Dutch (English is shown when left out).
        #[arg(long, default_value = "")]
        summary_nl: String,
        /// What changed, in French (English is shown when left out).
        #[arg(long, default_value = "")]
        summary_fr: String,
    },
    /// Fill the database with realistic demo data: verified accounts
    /// (demo-…@example.org), boards from the job-search template and cards
    /// with months of history. For trying the app and for benchmarks.
    Seed {
        /// How many accounts to make.
        #[arg(long, default_value_t = 1)]
        users: usize,
        /// Cards per account, spread over its boards.
        #[arg(long, default_value_t = 60)]
        cards: usize,
        /// Boards per account.
        #[arg(long, default_value_t = 1)]
        boards: usize,
        /// The password of every demo account; without one, a random one is
        /// made and printed.
        #[arg(long, env = "OFFERLINE_SEED_PASSWORD")]
        password: Option<String>,
        /// Random seed: the same seed makes the same data.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
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
        Command::CreateAdmin { email, name } => create_admin(config, &email, &name).await,
        Command::PublishPolicy {
            version,
            effective,
            summary_en,
            summary_nl,
            summary_fr,
        } => {
            let input = offerline::server::policies::Publish {
                version,
                effective,
                summary_en,
                summary_nl,
                summary_fr,
            };
            publish_policy(config, input).await
        }
        Command::Seed {
            users,
            cards,
            boards,
            password,
            seed,
        } => {
            let password = password.unwrap_or_else(random_password);
            println!("password of every demo account: {password}");
            let plan = offerline::server::seed::Plan {
                users,
                boards_per_user: boards,
                cards_per_user: cards,
                password,
                seed,
            };
            seed_demo(config, plan).await
        }
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

async fn seed_demo(
    config: Config,
    plan: offerline::server::seed::Plan,
) -> Result<(), serve::StartError> {
    let db = serve::open_database(&config).await?;
    let started = std::time::Instant::now();
    let users = offerline::server::seed::run(&db, &plan)
        .await
        .map_err(|e| format!("could not seed: {e:?}"))?;
    println!(
        "made {} accounts with {} boards and {} cards each in {:.1} s:",
        users.len(),
        plan.boards_per_user.max(1),
        plan.cards_per_user,
        started.elapsed().as_secs_f64()
    );
    for user in &users {
        println!("  {}", user.email);
    }
    Ok(())
}

/// A password for demo accounts: 20 random letters and digits (about 119
/// bits), long enough for the password rules.
fn random_password() -> String {
    use rand::Rng;
    use rand::distr::Alphanumeric;
    rand::rng()
        .sample_iter(&Alphanumeric)
        .take(20)
        .map(char::from)
        .collect()
}

async fn publish_policy(
    config: Config,
    input: offerline::server::policies::Publish,
) -> Result<(), serve::StartError> {
    use offerline::error::AppError;
    use offerline::server::scope::Scope;
    let db = serve::open_database(&config).await?;
    let state = offerline::server::state::AppState::new(config, db)?;
    let version = input.version.trim().to_string();
    match offerline::server::policies::publish(&state, &Scope::System, input).await {
        Ok(()) => {
            println!("published policy version {version}; the job worker emails every user");
            Ok(())
        }
        Err(AppError::Validation(errors)) => {
            let problems: Vec<String> = errors
                .iter()
                .map(|e| {
                    let text = e.text(offerline::i18n::Locale::En);
                    format!("--{}: {text}", e.field.replace('_', "-"))
                })
                .collect();
            Err(format!("could not publish: {}", problems.join(", ")).into())
        }
        Err(e) => Err(format!("could not publish: {e:?}").into()),
    }
}

async fn create_admin(config: Config, email: &str, name: &str) -> Result<(), serve::StartError> {
    let db = serve::open_database(&config).await?;
    let state = offerline::server::state::AppState::new(config, db)?;
    let link = offerline::server::auth::create_admin(&state, email, name)
        .await
        .map_err(|e| format!("could not create the administrator: {e:?}"))?;
    println!("{email} is an administrator.");
    println!("Open this link within 24 hours to set the password (it works once):");
    println!("{link}");
    Ok(())
}
