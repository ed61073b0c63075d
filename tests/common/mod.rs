//! Fixtures shared by the integration tests.
//!
//! Every test gets a fresh database: a new SQLite file in a temporary folder,
//! or, when `TEST_POSTGRES_URL` is set, a new PostgreSQL database on that
//! server, dropped afterwards. The same tests therefore run on both engines
//! (the test command runs the suite once per engine). A run asked to use
//! PostgreSQL that cannot reach it fails; it never skips.
//!
//! `smtp` runs a real SMTP server on loopback for the mail tests; `account`,
//! `boards`, `mail` and `profile` hold the helpers of those tests.
#![allow(dead_code)]

pub mod account;
pub mod analytics;
pub mod boards;
pub mod documents;
pub mod every_table;
pub mod mail;
pub mod policies;
pub mod profile;
pub mod s3;
pub mod seed;
pub mod smtp;

use axum::Router;
use http_body_util::BodyExt;
use offerline::server::config::{Config, leptos_options};
use offerline::server::db::Db;
use offerline::server::state::AppState;
use sqlx::Connection;
use std::collections::HashMap;

pub const SECRET_HEX: &str = "0101010101010101010101010101010101010101010101010101010101010101";
pub const DOCUMENT_HEX: &str = "0202020202020202020202020202020202020202020202020202020202020202";

/// The document key of the test configuration ([`DOCUMENT_HEX`]).
pub fn document_key() -> offerline::server::secrets::Key {
    offerline::server::secrets::Key::from_bytes([2; 32])
}

/// A fresh, migrated database and the folder that holds its data.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    pub dir: tempfile::TempDir,
    postgres: Option<(String, String)>,
}

pub async fn fx_db() -> TestDb {
    let dir = tempfile::tempdir().expect("temp dir");
    let (url, postgres) = match std::env::var("TEST_POSTGRES_URL") {
        Ok(admin_url) => {
            let name = format!("offerline_test_{}", uuid_simple());
            sqlx::any::install_default_drivers();
            let mut admin = sqlx::AnyConnection::connect(&admin_url)
                .await
                .unwrap_or_else(|e| panic!("TEST_POSTGRES_URL is set but unreachable: {e}"));
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .await
                .expect("create test database");
            admin.close().await.ok();
            let mut url = url::Url::parse(&admin_url).expect("TEST_POSTGRES_URL is a URL");
            url.set_path(&name);
            (url.to_string(), Some((admin_url, name)))
        }
        Err(_) => (
            format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("offerline.db").display()
            ),
            None,
        ),
    };
    let db = Db::connect(&url).await.expect("connect test database");
    db.migrate().await.expect("migrate test database");
    TestDb {
        db,
        url,
        dir,
        postgres,
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = self.postgres.take() {
            // Drop cannot await: a short-lived runtime on its own thread.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let mut admin = sqlx::AnyConnection::connect(&admin_url).await.ok()?;
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut admin)
                        .await
                        .ok()
                })
            })
            .join();
        }
    }
}

fn uuid_simple() -> String {
    uuid::Uuid::now_v7().simple().to_string()
}

/// A configuration for tests: the given variables over test defaults.
pub fn fx_config(test_db: &TestDb, overrides: &[(&str, &str)]) -> Config {
    let mut vars: HashMap<String, String> = HashMap::from([
        (
            "OFFERLINE_DATA_DIR".into(),
            test_db.dir.path().display().to_string(),
        ),
        ("DATABASE_URL".into(), test_db.url.clone()),
        ("OFFERLINE_SECRET_KEY".into(), SECRET_HEX.into()),
        ("OFFERLINE_DOCUMENT_KEY".into(), DOCUMENT_HEX.into()),
        ("OFFERLINE_BASE_URL".into(), "http://offerline.test".into()),
        // Tests say which client they are with X-Forwarded-For.
        ("OFFERLINE_TRUST_PROXY".into(), "true".into()),
    ]);
    for (k, v) in overrides {
        vars.insert(k.to_string(), v.to_string());
    }
    let leptos = leptos_options().expect("Leptos.toml");
    Config::from_lookup(&|name| vars.get(name).cloned(), leptos).expect("valid test config")
}

pub fn fx_state(test_db: &TestDb) -> AppState {
    fx_state_with(test_db, &[])
}

/// The state of a server configured with `overrides` over the test defaults.
pub fn fx_state_with(test_db: &TestDb, overrides: &[(&str, &str)]) -> AppState {
    AppState::new(fx_config(test_db, overrides), test_db.db.clone()).expect("test state")
}

pub fn fx_app(state: AppState) -> Router {
    offerline::host::router::build(state)
}

/// A response, read whole.
pub struct Reply {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: String,
}

pub async fn send(app: &Router, request: http::Request<axum::body::Body>) -> Reply {
    use tower::ServiceExt;
    let response = app.clone().oneshot(request).await.expect("router answers");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub fn get(path: &str) -> http::request::Builder {
    http::Request::builder()
        .method("GET")
        .uri(path)
        .header("host", "offerline.test")
}

pub fn post_form(path: &str) -> http::request::Builder {
    http::Request::builder()
        .method("POST")
        .uri(path)
        .header("host", "offerline.test")
        .header("content-type", "application/x-www-form-urlencoded")
}

/// The HTML of `path` in `locale`, signed in with `cookie` if given.
pub async fn page_in(
    app: &Router,
    path: &str,
    cookie: Option<&str>,
    locale: offerline::i18n::Locale,
) -> Reply {
    let cookie = match cookie {
        Some(session) => format!("offerline_locale={}; {session}", locale.tag()),
        None => format!("offerline_locale={}", locale.tag()),
    };
    send(
        app,
        get(path)
            .header("accept", "text/html")
            .header("cookie", cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await
}
