//! `cargo run --release --features ssr --bin bench -- [--rows N] [--runs R]`
//!
//! Measures, side by side in one run, on a fresh database (SQLite in a
//! temporary folder, or PostgreSQL from `BENCH_DATABASE_URL`):
//! - the raw SQL read of N rows,
//! - the full server-side render of pages through the real router,
//! - the first-load transfer size of the home page (HTML, CSS, JS, WASM)
//!   as served (after the start-up precompression), uncompressed and with
//!   brotli and gzip, and the time to serve the WASM.
//!
//! Needs the site built first (`cargo leptos build --release`) for sizes.

use axum::body::Body;
use http_body_util::BodyExt;
use offerline::server::config::{Config, leptos_options};
use offerline::server::db::Db;
use offerline::server::state::AppState;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower::ServiceExt;

struct Args {
    rows: usize,
    runs: usize,
}

fn args() -> Args {
    let mut args = Args {
        rows: 1_000,
        runs: 200,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().and_then(|v| v.parse().ok());
        match (flag.as_str(), value) {
            ("--rows", Some(n)) => args.rows = n,
            ("--runs", Some(n)) => args.runs = n,
            _ => {
                eprintln!("usage: bench [--rows N] [--runs R]");
                std::process::exit(2);
            }
        }
    }
    args
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = args();
    let dir = std::env::temp_dir().join(format!("offerline-bench-{}", uuid::Uuid::now_v7()));
    std::fs::create_dir_all(&dir)?;
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}?mode=rwc", dir.join("bench.db").display()));
    let db = Db::connect(&url).await?;
    db.migrate().await?;
    sqlx::query("DELETE FROM jobs").execute(&db.pool).await?;
    seed(&db, args.rows).await?;

    let vars = [
        ("OFFERLINE_DATA_DIR", dir.display().to_string()),
        ("DATABASE_URL", url.clone()),
        ("OFFERLINE_SECRET_KEY", "ab".repeat(32)),
        ("OFFERLINE_DOCUMENT_KEY", "cd".repeat(32)),
    ];
    let lookup = |name: &str| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    };
    let config = Config::from_lookup(&lookup, leptos_options()?)?;
    let app = offerline::server::router::build(AppState {
        config: Arc::new(config),
        db: db.clone(),
    });

    // As the server does at start-up.
    let pkg = std::path::Path::new("target/site/pkg");
    if let Err(err) = offerline::server::assets::precompress(pkg) {
        eprintln!("{}: {err} (build the site first)", pkg.display());
    }

    println!(
        "engine: {:?}, rows: {}, runs: {}\n",
        db.engine, args.rows, args.runs
    );
    println!("| measurement | p50 | p95 | max |");
    println!("|---|---|---|---|");
    let sql = format!(
        "SELECT id, kind, payload, status, run_at, attempts, created_at FROM jobs ORDER BY run_at LIMIT {}",
        args.rows
    );
    report(
        &format!("raw SQL read of {} rows", args.rows),
        time(args.runs, || async {
            let rows: Vec<(String, String, String, String, i64, i64, i64)> = sqlx::query_as(&sql)
                .fetch_all(&db.pool)
                .await
                .expect("read");
            assert_eq!(rows.len(), args.rows);
        })
        .await,
    );
    for path in ["/", "/privacy", "/cookies"] {
        report(
            &format!("full SSR of {path} through the router"),
            time(args.runs, || async {
                let res = app
                    .clone()
                    .oneshot(get(path, None))
                    .await
                    .expect("response");
                assert_eq!(res.status(), 200);
                res.into_body().collect().await.expect("body");
            })
            .await,
        );
    }
    for encoding in ["br", "gzip"] {
        report(
            &format!("serve /pkg/offerline.wasm, precompressed ({encoding})"),
            time(args.runs.min(50), || async {
                let res = app
                    .clone()
                    .oneshot(get("/pkg/offerline.wasm", Some(encoding)))
                    .await
                    .expect("response");
                res.into_body().collect().await.expect("body");
            })
            .await,
        );
    }

    println!("\nfirst load of / (bytes as served)\n");
    println!("| resource | identity | brotli | gzip |");
    println!("|---|---|---|---|");
    let mut totals = [0usize; 3];
    for path in [
        "/",
        "/pkg/offerline.css",
        "/pkg/offerline.js",
        "/pkg/offerline.wasm",
    ] {
        let mut sizes = [0usize; 3];
        for (i, encoding) in [None, Some("br"), Some("gzip")].into_iter().enumerate() {
            let res = app.clone().oneshot(get(path, encoding)).await?;
            if res.status() != 200 {
                eprintln!("{path}: HTTP {} (build the site first)", res.status());
            }
            sizes[i] = res.into_body().collect().await?.to_bytes().len();
            totals[i] += sizes[i];
        }
        println!(
            "| {path} | {} | {} | {} |",
            kb(sizes[0]),
            kb(sizes[1]),
            kb(sizes[2])
        );
    }
    println!(
        "| **total** | {} | {} | {} |",
        kb(totals[0]),
        kb(totals[1]),
        kb(totals[2])
    );

    db.pool.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

async fn seed(db: &Db, rows: usize) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    for i in 0..rows {
        sqlx::query(
            "INSERT INTO jobs (id, kind, payload, status, run_at, created_at, updated_at) \
             VALUES ($1, 'bench.sample', $2, 'done', $3, $3, $3)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(format!("{{\"n\":{i}}}"))
        .bind(i as i64)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

fn get(path: &str, encoding: Option<&str>) -> http::Request<Body> {
    let mut req = http::Request::get(path).header("host", "127.0.0.1:3000");
    if let Some(encoding) = encoding {
        req = req.header("accept-encoding", encoding);
    }
    req.body(Body::empty()).expect("request")
}

async fn time<F, Fut>(runs: usize, mut f: F) -> Vec<Duration>
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

fn report(name: &str, samples: Vec<Duration>) {
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    println!(
        "| {name} | {:.2} ms | {:.2} ms | {:.2} ms |",
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(1.0))
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}
