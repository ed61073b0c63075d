//! Documents end to end through the router (P04, P19, P20): uploads typed
//! by their bytes and stored sealed, versions, downloads, the limits, and
//! who may see what. Each test runs on SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;

mod access;
mod documents;
mod versions;
