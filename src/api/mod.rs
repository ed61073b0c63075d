//! The web edge, one file (or folder) per domain: server functions, and the
//! plain HTTP routes a domain needs beside them (files in and out), declared
//! by the domain's own `routes()`. Each is thin: it starts from the
//! [`Caller`] (see `edge.rs`), calls the domain's service, and returns shared
//! model types. Every endpoint is named explicitly so URLs stay stable for
//! forms, tests and rate limits.

pub mod admin;
pub mod auth;
pub mod boards;
pub mod companies;
pub mod documents;
pub mod insights;
pub mod policies;
pub mod prefs;
pub mod privacy;
pub mod profile;
pub mod site;
pub mod support;
pub mod typed;

#[cfg(feature = "ssr")]
pub mod edge;
#[cfg(feature = "ssr")]
pub use edge::{Caller, plain_form, redirect_plain, respond};
