//! One module per page or page family.

pub mod admin;
pub mod auth;
pub mod boards;
pub mod consent;
pub mod documents;
pub mod home;
pub mod insights;
pub mod not_found;
pub mod policies;
pub mod settings;
pub mod unsubscribe;
