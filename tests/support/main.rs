//! Support tickets and staff tools (P12, P20, P30): the person's side, the
//! staff side behind reasons and the audit log, and the pages. Each test
//! runs on SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;
mod support_fixtures;

mod admin;
mod support;
mod support_pages;
mod support_staff;
