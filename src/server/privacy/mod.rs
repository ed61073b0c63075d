//! Privacy: what a person controls about their data. Cookie consent and
//! its records (`consent`), first-party usage analytics that run only after
//! consent (`analytics`), what is held and the export of it (`data`),
//! deletion and the purge that follows it (`erasure`), and the
//! restriction and objection switches (`controls`). Each submodule keeps
//! its SQL in its own `repo.rs`.

pub mod analytics;
pub mod consent;
pub mod controls;
pub mod data;
pub mod erasure;
