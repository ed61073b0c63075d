//! The server process, assembled: every domain's jobs and plain routes
//! (`wiring.rs`), the router with the layers every request passes through
//! (`router.rs`), and start-up and graceful shutdown (`serve.rs`). It sits
//! above every layer (it names the app, the web edge and the domains), so
//! nothing imports it but the command line and the tests.

pub mod router;
pub mod serve;
pub mod wiring;
