//! All SQL of the boards domain: `boards`, `stages`, `applications` (the
//! cards) and `application_events` (their timeline). Every function acts
//! for the signed-in user only and filters by owner; another user's record
//! answers `NotFound`. What must change together runs in the service's
//! unit of work (`server::work::Work`), which these functions take.

pub mod boards;
pub mod cards;
pub mod events;
pub mod imports;
pub mod ranks;
pub mod stages;
