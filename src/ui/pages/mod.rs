//! One module per page or page family.

pub mod home;
pub mod not_found;
pub mod policies;
