//! Types shared by the server and the browser: plain serde data, no sqlx.

pub mod account;
pub mod admin;
pub mod application;
pub mod board;
pub mod company;
pub mod cookies;
pub mod countries;
pub mod currencies;
pub mod import;
pub mod insights;
pub mod prefs;
pub mod profile;
