//! Components used by more than one page.

pub mod account_menu;
pub mod consent_banner;
pub mod error_notice;
pub mod form;
pub mod inputs;
pub mod layout;
pub mod locale_switcher;
pub mod policy_notice;
pub mod table_scroll;
pub mod theme_switcher;
pub mod usage_beacon;
