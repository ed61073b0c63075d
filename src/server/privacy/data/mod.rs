//! "Your data" (P23, P24, P26): what is held about a person, counted per
//! table and category (`access`), and a copy of all of it in a structured
//! archive, streamed or prepared in the background, that the product can
//! import back (`export`, with `export/import.rs`). Its server functions
//! are `api::privacy::data`, its page `ui::pages::settings::data`, its
//! shared types `model::data`, its text `i18n/*/data.ftl`.

pub mod access;
pub mod export;
