//! The interface: components shared by pages, and one folder of pages per domain.

pub mod components;
pub mod i18n;
pub mod pages;
pub mod prefs;
pub mod session;
pub mod url;
