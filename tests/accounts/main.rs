//! Accounts end to end through the router (P01, P07, P14): sign-up, sessions,
//! recovery and rate limits. Each test runs on SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;

mod auth_recovery;
mod auth_sessions;
mod auth_sign_up;
mod ratelimit;
