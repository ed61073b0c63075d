//! Types shared by the server and the browser: plain serde data, no sqlx.

pub mod cookies;
pub mod prefs;
