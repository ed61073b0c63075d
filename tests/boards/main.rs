//! Pipeline boards end to end through the router (P03, P08), one test
//! binary: board and stage life cycles, cards with their history, the
//! order of cards under concurrent moves, insights, and who may see what.

#[path = "../common/mod.rs"]
mod common;

mod access;
mod cards;
mod import;
mod insights;
mod life;
mod moves;
mod seed;
