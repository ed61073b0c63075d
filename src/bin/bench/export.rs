//! The export suite: a person with `--cards` / 10 cards and one with
//! `--cards` cards (each card with months of history), and for each:
//! - the export streamed at once through the router (`POST
//!   /settings/data/export`), read to the end and thrown away;
//! - the same archive prepared in the background (the `privacy.export`
//!   job writing it sealed into local storage), then downloaded through the
//!   emailed link's form.
//!
//! Beside each time it reports how far the process's resident memory rose
//! above where it stood before (sampled every 5 ms): the promise is that it
//! does not grow with the account.

use super::board::{seeded, sign_in};
use super::{Args, Bench, kb, ms, post};
use http_body_util::BodyExt;
use offerline::server::jobs::Worker;
use offerline::server::mail::sealed::Part;
use offerline::server::privacy::data::export::prepared;
use offerline::server::scope::{Role, Scope, UserScope};
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tower::ServiceExt;

type Failure = Box<dyn std::error::Error>;

/// The process's resident memory now, in bytes.
fn rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

/// Runs `work`; answers its result, how long it took, and how far the
/// resident memory rose above where it stood at the start.
async fn measured<T>(work: impl Future<Output = T>) -> (T, Duration, u64) {
    let before = rss();
    let peak = Arc::new(AtomicU64::new(before));
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (peak, done) = (peak.clone(), done.clone());
        tokio::spawn(async move {
            while !done.load(Ordering::Relaxed) {
                peak.fetch_max(rss(), Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
    };
    let start = Instant::now();
    let out = work.await;
    let took = start.elapsed();
    done.store(true, Ordering::Relaxed);
    let _ = sampler.await;
    peak.fetch_max(rss(), Ordering::Relaxed);
    (
        out,
        took,
        peak.load(Ordering::Relaxed).saturating_sub(before),
    )
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// Reads a response body to its end without keeping it; answers its size.
async fn drain(response: http::Response<axum::body::Body>) -> Result<usize, Failure> {
    let mut body = response.into_body();
    let mut size = 0;
    while let Some(frame) = body.frame().await {
        if let Ok(data) = frame?.into_data() {
            size += data.len();
        }
    }
    Ok(size)
}

pub async fn run(bench: &Bench, args: &Args) -> Result<(), Failure> {
    println!(
        "| cards | rows | archive | streamed at once | memory growth | prepared in background | memory growth | downloaded | memory growth |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for (i, cards) in [args.cards / 10, args.cards].into_iter().enumerate() {
        let user = seeded(bench, 1, cards, 10 + i as u64).await?.remove(0);
        let cookie = sign_in(bench, &user, 50 + i as u32).await?;
        let scope = Scope::User(UserScope::new(user.id.clone(), Role::User));
        let rows = prepared::rows_to_export(&scope, &bench.db).await?;

        let request = post(
            "/settings/data/export",
            String::new(),
            50 + i as u32,
            Some(&cookie),
        );
        let (size, streamed, streamed_rss) = measured(async {
            let response = bench.app.clone().oneshot(request).await?;
            if response.status() != 200 {
                return Err(format!("export answered {}", response.status()).into());
            }
            drain(response).await
        })
        .await;
        let size = size?;

        let id = prepared::request(&bench.state, &scope).await?;
        let worker = Worker::new(bench.state.clone(), offerline::host::wiring::jobs());
        // Runs jobs until the archive is ready: its email is then still
        // queued, its body sealed in the outbox.
        let ready = || async {
            let status: String =
                sqlx::query_scalar("SELECT status FROM data_exports WHERE id = $1")
                    .bind(&id)
                    .fetch_one(&bench.db.pool)
                    .await
                    .unwrap_or_default();
            status == "ready"
        };
        let ((), prepared_in, prepared_rss) =
            measured(async { while !ready().await && worker.run_once().await.unwrap_or(false) {} })
                .await;
        let (mail_id, body): (String, String) = sqlx::query_as(
            "SELECT id, text_body FROM outbox WHERE user_id = $1 AND kind = 'export_ready'",
        )
        .bind(&user.id)
        .fetch_one(&bench.db.pool)
        .await?;
        let key = &bench.state.config.secrets.document_key;
        let text = offerline::server::mail::sealed::open(key, &mail_id, Part::Text, &body)?;
        let token: String = text
            .split("?token=")
            .nth(1)
            .ok_or("the email has no link")?
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        let request = post(
            &format!("/settings/data/exports/{id}/download"),
            format!("token={token}"),
            50 + i as u32,
            Some(&cookie),
        );
        let (downloaded, downloaded_in, downloaded_rss) = measured(async {
            let response = bench.app.clone().oneshot(request).await?;
            if response.status() != 200 {
                return Err(format!("download answered {}", response.status()).into());
            }
            drain(response).await
        })
        .await;
        let downloaded: usize = downloaded?;
        // The same rows; only the times written into the archive differ.
        if downloaded.abs_diff(size) > size / 100 {
            return Err(format!("the archives differ: {size} and {downloaded} bytes").into());
        }
        println!(
            "| {cards} | {rows} | {} | {:.0} ms | {} | {:.0} ms | {} | {:.0} ms | {} |",
            kb(size),
            ms(streamed),
            mib(streamed_rss),
            ms(prepared_in),
            mib(prepared_rss),
            ms(downloaded_in),
            mib(downloaded_rss),
        );
    }
    Ok(())
}
