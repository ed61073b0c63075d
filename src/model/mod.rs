//! Types shared by the server and the browser: plain serde data, no sqlx.

pub mod account;
pub mod admin;
pub mod analytics;
pub mod board;
pub mod card;
pub mod company;
pub mod consent;
pub mod cookies;
pub mod countries;
pub mod currencies;
pub mod data;
pub mod document;
pub mod format;
pub mod import;
pub mod insights;
pub mod policies;
pub mod prefs;
pub mod privacy;
pub mod profile;
pub mod site;
pub mod support;
