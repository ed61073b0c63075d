//! The platform under every domain: configuration, the database, the HTTP
//! application and its layers, translations, the job queue and outgoing
//! email. Each test runs on SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;

mod config;
mod database;
mod guards;
mod i18n;
mod jobs;
mod mail_delivery;
mod mail_messages;
mod mail_outbox;
mod malformed;
mod malformed_corpus;
mod security_events;
mod web;
