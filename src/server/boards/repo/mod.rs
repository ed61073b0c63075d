//! All SQL of the boards domain: `boards`, `stages`, `applications` (the
//! cards) and `application_events` (their timeline). Every function acts
//! for the signed-in user only and filters by owner; another user's record
//! answers `NotFound`.

pub mod boards;
pub mod cards;
pub mod events;
pub mod imports;
pub mod moves;
pub mod stages;
