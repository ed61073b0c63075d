//! Everything that runs only on the server: configuration, database, jobs,
//! HTTP plumbing, and one folder per domain (`<domain>/mod.rs` for rules,
//! `<domain>/repo.rs` for all of that domain's SQL).

pub mod admin;
pub mod assets;
pub mod auth;
pub mod boards;
pub mod companies;
pub mod config;
pub mod crypto;
pub mod db;
pub mod documents;
pub mod error_page;
pub mod hashing;
pub mod headers;
pub mod health;
pub mod id;
pub mod insights;
pub mod instance;
pub mod jobs;
pub mod mail;
pub mod malformed;
pub mod onboarding;
pub mod origin;
pub mod pipe;
pub mod policies;
pub mod prefs;
pub mod privacy;
pub mod profile;
pub mod ratelimit;
pub mod request_id;
pub mod scope;
pub mod secrets;
pub mod security_events;
pub mod seed;
pub mod site;
pub mod state;
pub mod storage;
pub mod support;
pub mod time;
pub mod validation;
pub mod work;
