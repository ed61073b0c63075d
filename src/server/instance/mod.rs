//! Instance-wide settings (the installation's, not a person's): small named values that belong to this
//! installation rather than to a user (when it was installed, which version
//! last ran it). Later features keep their instance switches here too.

pub mod repo;

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::time::now_ms;

pub const INSTALLED_AT: &str = "instance.installed_at";
pub const LAST_VERSION: &str = "instance.last_version";

/// Records this start: the first one sets `installed_at`, every one sets the
/// running version.
pub async fn record_start(db: &Db) -> Result<(), AppError> {
    let scope = Scope::System;
    let now = now_ms();
    repo::insert_if_absent(&scope, db, INSTALLED_AT, &now.to_string(), now).await?;
    repo::put(&scope, db, LAST_VERSION, env!("CARGO_PKG_VERSION"), now).await
}
