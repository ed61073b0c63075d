//! Privacy end to end (P05, P13, P19, P22 to P29): consent, analytics,
//! Your data (access, export, import), erasure, restriction and objection,
//! and the encrypted file storage. Each test runs on SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;
mod data_support;

mod analytics;
mod analytics_aggregates;
mod consent;
mod data_access;
mod data_export;
mod data_export_prepared;
mod data_import;
mod data_import_rules;
mod privacy_controls;
mod privacy_erasure;
mod storage;
