//! The profile end to end (P02, P24). Each test runs on SQLite and on
//! PostgreSQL.

#[path = "../common/mod.rs"]
mod common;

mod profile_access;
mod profile_fields;
mod profile_page;
mod profile_validation;
