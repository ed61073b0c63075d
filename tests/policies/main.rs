//! The policy pages and their versions (P31, P32, P33). Each test runs on
//! SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;

mod policies;
mod policies_publish;
