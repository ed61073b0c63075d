//! Components used by more than one page.

pub mod error_notice;
pub mod layout;
pub mod locale_switcher;
pub mod theme_switcher;
