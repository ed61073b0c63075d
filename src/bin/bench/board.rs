//! The board suite: a person's board with `--cards` cards (among other
//! people's boards), read three ways side by side (the raw SQL of its rows,
//! the board server function, the whole page rendered through the
//! router); then the page's time to first byte while `--clients` load it
//! at once over loopback TCP; then `--movers` people each moving cards on
//! their own board at once, and as many moving cards on one shared board.

use super::{Args, Bench, at, ms, post, report, time};
use http_body_util::BodyExt;
use offerline::server::seed::{self, Plan, SeededUser};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

const PASSWORD: &str = "quiet harbour lantern seven";
const MOVES_PER_MOVER: usize = 20;

type Failure = Box<dyn std::error::Error>;

pub async fn run(bench: &Bench, args: &Args) -> Result<(), Failure> {
    let started = Instant::now();
    let owner = seeded(bench, 1, args.cards, 1).await?.remove(0);
    let movers = seeded(bench, args.movers, 40, 2).await?;
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM applications")
        .fetch_one(&bench.db.pool)
        .await?;
    println!(
        "seeded {} people, {total} cards with their history, in {:.1} s\n",
        args.movers + 1,
        started.elapsed().as_secs_f64()
    );
    let cookie = sign_in(bench, &owner, 1).await?;
    let board = owner.boards[0].clone();

    println!("| measurement ({} cards) | p50 | p95 | max |", args.cards);
    println!("|---|---|---|---|");
    report(
        "raw SQL read of the board's cards",
        time(args.runs, || async {
            let rows: Vec<CardTuple> = sqlx::query_as(BOARD_SQL)
                .bind(&board)
                .bind(&owner.id)
                .fetch_all(&bench.db.pool)
                .await
                .expect("read");
            assert_eq!(rows.len(), args.cards);
        })
        .await,
    );
    let form = format!("id={board}");
    report(
        "board server function (JSON)",
        time(args.runs, || async {
            let res = bench
                .app
                .clone()
                .oneshot(post("/api/boards/get", form.clone(), 1, Some(&cookie)))
                .await
                .expect("response");
            assert_eq!(res.status(), 200);
            res.into_body().collect().await.expect("body");
        })
        .await,
    );
    let page = format!("/boards/{board}");
    let size = std::cell::Cell::new(0);
    let samples = time(args.runs, || async {
        let req = http::Request::get(&page)
            .header("host", "127.0.0.1:3000")
            .header("cookie", &cookie)
            .body(axum::body::Body::empty())
            .expect("request");
        let res = bench.app.clone().oneshot(req).await.expect("response");
        assert_eq!(res.status(), 200);
        let body = res.into_body().collect().await.expect("body");
        size.set(body.to_bytes().len());
    })
    .await;
    report("full SSR of the board page through the router", samples);
    println!(
        "\nthe page is {:.0} KB of HTML\n",
        size.get() as f64 / 1024.0
    );

    ttfb_under_load(bench, &page, &cookie, args).await?;
    moves(bench, &movers).await?;
    Ok(())
}

type CardTuple = (
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    Option<i64>,
    Option<i64>,
    String,
    String,
    Option<String>,
    Option<i64>,
    String,
    i64,
    Option<String>,
    i64,
);

/// The same read as the board page's card query.
const BOARD_SQL: &str = "SELECT a.id, a.stage_id, a.title, c.name AS company, a.location, \
    a.work_mode, a.salary_min, a.salary_max, a.salary_currency, a.salary_period, a.deadline, \
    a.excitement, a.tags, a.stage_since, a.applied_on, a.updated_at \
    FROM applications a LEFT JOIN companies c ON c.id = a.company_id \
    WHERE a.board_id = $1 AND a.user_id = $2 AND a.archived_at IS NULL \
    ORDER BY a.stage_id, a.rank";

pub async fn seeded(
    bench: &Bench,
    users: usize,
    cards: usize,
    seed: u64,
) -> Result<Vec<SeededUser>, Failure> {
    let plan = Plan {
        users,
        boards_per_user: 1,
        cards_per_user: cards,
        password: PASSWORD.into(),
        seed,
    };
    Ok(seed::run(&bench.db, &plan)
        .await
        .map_err(|e| format!("{e:?}"))?)
}

pub async fn sign_in(bench: &Bench, user: &SeededUser, ip: u32) -> Result<String, Failure> {
    let form = format!(
        "email={}&password={}",
        user.email,
        PASSWORD.replace(' ', "+")
    );
    let res = bench
        .app
        .clone()
        .oneshot(post("/api/auth/sign-in", form, ip, None))
        .await?;
    let cookie = res
        .headers()
        .get_all(http::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.contains("offerline_session="))
        .and_then(|v| v.split(';').next())
        .ok_or("sign-in gave no session cookie")?;
    Ok(cookie.to_string())
}

/// The server on a loopback port; `clients` connections each load the
/// board page `runs` times; time to first byte of each answer.
async fn ttfb_under_load(
    bench: &Bench,
    page: &str,
    cookie: &str,
    args: &Args,
) -> Result<(), Failure> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let app = bench.app.clone();
    let server = tokio::spawn(async move {
        let _ = axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await;
    });
    let request = Arc::new(format!(
        "GET {page} HTTP/1.1\r\nHost: 127.0.0.1:3000\r\nCookie: {cookie}\r\n\
         Accept-Encoding: br\r\nConnection: close\r\n\r\n"
    ));
    let per_client = args.runs.div_ceil(args.clients).max(5);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..args.clients {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            let mut samples = Vec::with_capacity(per_client);
            for _ in 0..per_client {
                samples.push(fetch(addr, &request).await);
            }
            samples
        }));
    }
    let mut ttfb = Vec::new();
    let mut whole = Vec::new();
    for task in tasks {
        for (first, all) in task.await? {
            ttfb.push(first);
            whole.push(all);
        }
    }
    let rate = ttfb.len() as f64 / started.elapsed().as_secs_f64();
    server.abort();
    ttfb.sort();
    whole.sort();
    println!(
        "{} clients load the board page at once over loopback ({} loads, {rate:.0} pages/s)\n",
        args.clients,
        ttfb.len()
    );
    println!("| measurement | p50 | p95 | p99 |");
    println!("|---|---|---|---|");
    for (name, samples) in [("time to first byte", &ttfb), ("whole page", &whole)] {
        println!(
            "| {name} | {:.2} ms | {:.2} ms | {:.2} ms |",
            ms(at(samples, 0.5)),
            ms(at(samples, 0.95)),
            ms(at(samples, 0.99))
        );
    }
    println!();
    Ok(())
}

/// One request on a new connection: (time to first byte, time to the end).
async fn fetch(addr: std::net::SocketAddr, request: &str) -> (Duration, Duration) {
    let start = Instant::now();
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut buf = vec![0u8; 64 * 1024];
    let n = stream.read(&mut buf).await.expect("first byte");
    let first = start.elapsed();
    assert!(
        buf[..n].starts_with(b"HTTP/1.1 200"),
        "the board page answers 200"
    );
    while stream.read(&mut buf).await.expect("read") > 0 {}
    (first, start.elapsed())
}

/// Each mover moves cards on their own board, all at once; then all of
/// them move cards of one board (the owner's: its columns' locks are
/// shared).
async fn moves(bench: &Bench, movers: &[SeededUser]) -> Result<(), Failure> {
    let mut sessions = Vec::new();
    for (n, user) in movers.iter().enumerate() {
        let cookie = sign_in(bench, user, 1000 + n as u32).await?;
        let board = board_json(bench, &cookie, &user.boards[0]).await?;
        sessions.push((cookie, board));
    }
    println!(
        "| card moves ({} at once, {MOVES_PER_MOVER} each) | p50 | p99 | max |",
        movers.len()
    );
    println!("|---|---|---|---|");
    let own: Vec<_> = sessions.clone();
    let samples = run_movers(bench, own).await;
    quantiles("each on their own board", &samples.0, samples.1);
    let shared: Vec<_> = sessions.iter().map(|_| sessions[0].clone()).collect();
    let samples = run_movers(bench, shared).await;
    quantiles("all on one board", &samples.0, samples.1);
    Ok(())
}

fn quantiles(name: &str, samples: &[Duration], rate: f64) {
    println!(
        "| {name} ({rate:.0} moves/s) | {:.2} ms | {:.2} ms | {:.2} ms |",
        ms(at(samples, 0.5)),
        ms(at(samples, 0.99)),
        ms(at(samples, 1.0))
    );
}

/// Stage ids and card ids of a board, from the board server function.
#[derive(Clone)]
struct BoardIds {
    stages: Vec<String>,
    cards: Vec<String>,
}

async fn board_json(bench: &Bench, cookie: &str, board: &str) -> Result<BoardIds, Failure> {
    let res = bench
        .app
        .clone()
        .oneshot(post(
            "/api/boards/get",
            format!("id={board}"),
            1,
            Some(cookie),
        ))
        .await?;
    let body = res.into_body().collect().await?.to_bytes();
    let board: offerline::model::board::Board = serde_json::from_slice(&body)?;
    Ok(BoardIds {
        stages: board.stages.iter().map(|s| s.id.clone()).collect(),
        cards: board.cards().map(|c| c.id.clone()).collect(),
    })
}

async fn run_movers(bench: &Bench, movers: Vec<(String, BoardIds)>) -> (Vec<Duration>, f64) {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (n, (cookie, ids)) in movers.into_iter().enumerate() {
        let app = bench.app.clone();
        tasks.push(tokio::spawn(async move {
            let mut samples = Vec::with_capacity(MOVES_PER_MOVER);
            for m in 0..MOVES_PER_MOVER {
                let card = &ids.cards[(n * 7 + m * 13) % ids.cards.len()];
                let stage = &ids.stages[(n + m) % ids.stages.len()];
                let form = format!("id={card}&stage_id={stage}");
                let start = Instant::now();
                let res = app
                    .clone()
                    .oneshot(post(
                        "/api/cards/move",
                        form,
                        1000 + n as u32,
                        Some(&cookie),
                    ))
                    .await
                    .expect("move");
                assert_eq!(res.status(), 200, "a move succeeds");
                res.into_body().collect().await.expect("body");
                samples.push(start.elapsed());
            }
            samples
        }));
    }
    let mut samples = Vec::new();
    for task in tasks {
        samples.extend(task.await.expect("mover"));
    }
    let rate = samples.len() as f64 / started.elapsed().as_secs_f64();
    samples.sort();
    (samples, rate)
}
