//! The site suite: the raw SQL read of N rows next to full renders of
//! pages, the WASM served precompressed, a page during a burst of sign-ins
//! (each an argon2id hash), and the first-load transfer size of the home
//! page (HTML, CSS, JS, WASM) as served, uncompressed and with brotli and
//! gzip. Needs the site built first (`scripts/build.sh`) for
//! sizes.

use super::{Args, Bench, get, kb, post, report, time};
use http_body_util::BodyExt;
use offerline::server::db::Db;
use std::time::{Duration, Instant};
use tower::ServiceExt;

pub async fn run(bench: &Bench, args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let (db, app) = (&bench.db, &bench.app);
    sqlx::query("DELETE FROM jobs").execute(&db.pool).await?;
    seed(db, args.rows).await?;

    // As the server does at start-up.
    let pkg = std::path::Path::new("target/site/pkg");
    if let Err(err) = offerline::server::assets::precompress(pkg) {
        eprintln!("{}: {err} (build the site first)", pkg.display());
    }

    println!("rows: {}\n", args.rows);
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

    sign_in_burst(app, args.runs).await;

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

const BURST_SIGN_INS: usize = 16;
const PASSWORD: &str = "quiet harbour lantern seven";

/// `/privacy` rendered alone, then while `BURST_SIGN_INS` clients sign in
/// without pause (each sign-in hashes a password with argon2id).
async fn sign_in_burst(app: &axum::Router, runs: usize) {
    let email = "bench@example.org";
    let form = format!(
        "name=Bench&email={email}&password={}&age_confirmed=on&policy_accepted=on",
        PASSWORD.replace(' ', "+")
    );
    let res = app
        .clone()
        .oneshot(post("/api/auth/sign-up", form, 1, None))
        .await
        .expect("sign-up");
    assert_eq!(res.status(), 200, "bench sign-up");
    let page = || async {
        let res = app
            .clone()
            .oneshot(get("/privacy", None))
            .await
            .expect("response");
        assert_eq!(res.status(), 200);
        res.into_body().collect().await.expect("body");
    };
    report("/privacy, no sign-ins under way", time(runs, page).await);

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut clients = Vec::new();
    for c in 0..BURST_SIGN_INS {
        let (app, stop, done) = (app.clone(), stop.clone(), done.clone());
        clients.push(tokio::spawn(async move {
            let mut n = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let form = format!("email={email}&password={}", PASSWORD.replace(' ', "+"));
                let ip = 1000 + (c as u32) * 100_000 + n;
                let res = app
                    .clone()
                    .oneshot(post("/api/auth/sign-in", form, ip, None))
                    .await
                    .expect("sign-in");
                assert_eq!(res.status(), 200, "bench sign-in");
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let start = Instant::now();
    let before = done.load(std::sync::atomic::Ordering::Relaxed);
    let samples = time(runs, page).await;
    let rate = (done.load(std::sync::atomic::Ordering::Relaxed) - before) as f64
        / start.elapsed().as_secs_f64();
    report(
        &format!("/privacy, {BURST_SIGN_INS} clients signing in ({rate:.0} sign-ins/s)"),
        samples,
    );
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for client in clients {
        let _ = client.await;
    }
}
