//! The interface: components shared by pages, and one folder of pages per
//! domain. Pages render on the server; the parts that need the browser are
//! islands (`#[island]`), which take what they show as props.

#[cfg(feature = "hydrate")]
pub mod browser;
pub mod components;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod islands;
pub mod pages;
pub mod prefs;
pub mod session;
pub mod url;
