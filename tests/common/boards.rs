//! Helpers for tests of boards: a signed-up person with a board made from
//! a template, JSON answers of the board server functions, and the raw
//! ranks of a column.

use super::account::{call, sign_up};
use super::{Reply, TestDb};
use axum::Router;
use serde_json::Value;

/// A person with a board from the job-search template.
pub struct Fixture {
    pub cookie: String,
    pub board: String,
}

pub async fn fx_board(app: &Router, email: &str) -> Fixture {
    let cookie = sign_up(app, "Board Owner", email).await;
    let reply = call(
        app,
        "/api/boards/create",
        Some(&cookie),
        &[("name", "Autumn 2026 search"), ("template", "job-search")],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let board: String = serde_json::from_str(&reply.body).expect("the board id");
    Fixture { cookie, board }
}

pub fn json(reply: &Reply) -> Value {
    serde_json::from_str(&reply.body).unwrap_or_else(|_| panic!("JSON: {}", reply.body))
}

/// Calls a server function and expects 200.
pub async fn ok(app: &Router, path: &str, cookie: &str, pairs: &[(&str, &str)]) -> Value {
    let reply = call(app, path, Some(cookie), pairs).await;
    assert_eq!(reply.status, 200, "{path}: {}", reply.body);
    json(&reply)
}

pub async fn board(app: &Router, f: &Fixture) -> Value {
    ok(app, "/api/boards/get", &f.cookie, &[("id", &f.board)]).await
}

/// The id of the stage called `name`.
pub async fn stage(app: &Router, f: &Fixture, name: &str) -> String {
    board(app, f).await["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no stage {name}"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The card titles of each stage, left to right.
pub async fn columns(app: &Router, f: &Fixture) -> Vec<(String, Vec<String>)> {
    board(app, f).await["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["cards"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["title"].as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect()
}

/// Adds a card; answers its id.
pub async fn add(app: &Router, f: &Fixture, stage_id: &str, title: &str, company: &str) -> String {
    let id = ok(
        app,
        "/api/cards/add",
        &f.cookie,
        &[
            ("board_id", &f.board),
            ("stage_id", stage_id),
            ("title", title),
            ("company", company),
        ],
    )
    .await;
    id["id"].as_str().unwrap().to_string()
}

/// Every rank of a stage, in order, as stored.
pub async fn ranks(t: &TestDb, stage_id: &str) -> Vec<i64> {
    let rows: Vec<(i64,)> =
        sqlx::query_as("SELECT rank FROM applications WHERE stage_id = $1 ORDER BY rank")
            .bind(stage_id)
            .fetch_all(&t.db.pool)
            .await
            .unwrap();
    rows.into_iter().map(|(r,)| r).collect()
}
