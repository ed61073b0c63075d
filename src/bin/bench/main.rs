//! `cargo run --release --features ssr --bin bench -- [site|board|export] [options]`
//!
//! Measures on a fresh database (SQLite in a temporary folder, or
//! PostgreSQL from `BENCH_DATABASE_URL`), through the real router with every
//! middleware layer:
//! - `site` (the default): raw SQL against page renders, pages during a
//!   burst of sign-ins, and the first-load transfer size (see site.rs);
//! - `board`: the board page with hundreds of cards against the raw read of
//!   the same rows, time to first byte under load on loopback, and card
//!   moves by many people at once (see board.rs);
//! - `export`: the data export of a small and a large account, streamed at
//!   once and prepared in the background, with the server's memory growth
//!   while it runs (see export.rs).
//!
//! Options: `--rows N` (site: rows read), `--runs R` (samples per
//! measurement), `--cards N` (board: cards on the measured board),
//! `--movers N` (board: people moving cards at once), `--clients N`
//! (board: concurrent page loads).

mod board;
mod export;
mod site;

use axum::body::Body;
use offerline::server::config::{Config, leptos_options};
use offerline::server::db::Db;
use offerline::server::state::AppState;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The server's memory allocator: mimalloc, faster than the system's for
/// the many small allocations of rendering a page (see Cargo.toml). Chosen
/// by the programs, not the library, so a test can count allocations.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub struct Args {
    pub suite: String,
    pub rows: usize,
    pub runs: usize,
    pub cards: usize,
    pub movers: usize,
    pub clients: usize,
}

fn args() -> Args {
    let mut args = Args {
        suite: "site".into(),
        rows: 1_000,
        runs: 200,
        cards: 500,
        movers: 50,
        clients: 16,
    };
    let mut it = std::env::args().skip(1).peekable();
    if let Some(suite) = it.next_if(|a| !a.starts_with("--")) {
        args.suite = suite;
    }
    while let Some(flag) = it.next() {
        let value = it.next().and_then(|v| v.parse().ok());
        match (flag.as_str(), value) {
            ("--rows", Some(n)) => args.rows = n,
            ("--runs", Some(n)) => args.runs = n,
            ("--cards", Some(n)) => args.cards = n,
            ("--movers", Some(n)) => args.movers = n,
            ("--clients", Some(n)) => args.clients = n,
            _ => usage(),
        }
    }
    args
}

fn usage() -> ! {
    eprintln!(
        "usage: bench [site|board|export] [--rows N] [--runs R] [--cards N] [--movers N] [--clients N]"
    );
    std::process::exit(2);
}

/// A fresh database with the app's router over it.
pub struct Bench {
    pub db: Db,
    pub app: axum::Router,
    pub state: AppState,
    dir: PathBuf,
}

impl Bench {
    async fn start() -> Result<Bench, Box<dyn std::error::Error>> {
        let dir = std::env::temp_dir().join(format!("offerline-bench-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir)?;
        let url = std::env::var("BENCH_DATABASE_URL")
            .unwrap_or_else(|_| format!("sqlite://{}?mode=rwc", dir.join("bench.db").display()));
        let db = Db::connect(&url).await?;
        db.migrate().await?;
        let vars = [
            ("OFFERLINE_DATA_DIR", dir.display().to_string()),
            ("DATABASE_URL", url.clone()),
            ("OFFERLINE_SECRET_KEY", "ab".repeat(32)),
            ("OFFERLINE_DOCUMENT_KEY", "cd".repeat(32)),
            ("OFFERLINE_TRUST_PROXY", "true".to_string()),
            // Every export streams at once unless a suite asks otherwise.
            ("OFFERLINE_EXPORT_BACKGROUND_ROWS", "100000000".to_string()),
        ];
        let lookup = |name: &str| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        };
        let config = Config::from_lookup(&lookup, leptos_options()?)?;
        let state = AppState::new(config, db.clone())?;
        let app = offerline::host::router::build(state.clone());
        Ok(Bench {
            db,
            app,
            state,
            dir,
        })
    }

    async fn stop(self) {
        self.db.pool.close().await;
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = args();
    let bench = Bench::start().await?;
    println!(
        "suite: {}, engine: {:?}, runs: {}\n",
        args.suite, bench.db.engine, args.runs
    );
    match args.suite.as_str() {
        "site" => site::run(&bench, &args).await?,
        "board" => board::run(&bench, &args).await?,
        "export" => export::run(&bench, &args).await?,
        _ => usage(),
    }
    bench.stop().await;
    Ok(())
}

pub fn get(path: &str, encoding: Option<&str>) -> http::Request<Body> {
    let mut req = http::Request::get(path).header("host", "127.0.0.1:3000");
    if let Some(encoding) = encoding {
        req = req.header("accept-encoding", encoding);
    }
    req.body(Body::empty()).expect("request")
}

/// A form post as the hydrated app sends it, from client address `ip`.
pub fn post(path: &str, form: String, ip: u32, cookie: Option<&str>) -> http::Request<Body> {
    let mut req = http::Request::post(path)
        .header("host", "127.0.0.1:3000")
        .header("origin", "http://127.0.0.1:3000")
        .header("content-type", "application/x-www-form-urlencoded")
        .header(
            "x-forwarded-for",
            std::net::Ipv4Addr::from(0x0a00_0000 + ip).to_string(),
        );
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie);
    }
    req.body(Body::from(form)).expect("request")
}

/// Runs `f` `runs` times after a short warm-up; answers the sorted times.
pub async fn time<F, Fut>(runs: usize, mut f: F) -> Vec<Duration>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = ()>,
{
    for _ in 0..runs.div_ceil(10) {
        f().await; // warm-up
    }
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        f().await;
        samples.push(start.elapsed());
    }
    samples.sort();
    samples
}

/// The sample at quantile `q` of sorted samples.
pub fn at(samples: &[Duration], q: f64) -> Duration {
    samples[((samples.len() - 1) as f64 * q).round() as usize]
}

pub fn report(name: &str, samples: Vec<Duration>) {
    println!(
        "| {name} | {:.2} ms | {:.2} ms | {:.2} ms |",
        ms(at(&samples, 0.5)),
        ms(at(&samples, 0.95)),
        ms(at(&samples, 1.0))
    );
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}
