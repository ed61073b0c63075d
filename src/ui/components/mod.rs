//! Components used by more than one page.

pub mod layout;
pub mod locale_switcher;
pub mod theme_switcher;
