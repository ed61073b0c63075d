//! The web edge of privacy: Settings, Privacy (`controls`), the cookie
//! choice (`consent`), usage analytics (`analytics`), Your data (`data`:
//! access, export, import), and the plain HTTP routes of the data files and
//! of the one-click unsubscribe (`http`).

pub mod analytics;
pub mod consent;
pub mod controls;
pub mod data;
#[cfg(feature = "ssr")]
pub mod http;
