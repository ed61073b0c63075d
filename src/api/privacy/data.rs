//! Server functions of "Your data" (P23): what Offerline holds about the
//! signed-in person. The export and the import are plain HTTP endpoints
//! (`server::privacy::data::export::http`), since they carry files.

use crate::error::AppError;
use crate::model::data::{DataSummary, PreparedExport};
use leptos::prelude::*;

/// Counts per table, consent history, account history, staff access.
#[server(endpoint = "data/summary")]
pub async fn get_data_summary() -> Result<DataSummary, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::privacy::data::access::summary(&caller.state, &caller.scope).await
    })
    .await
}

/// The signed-in person's export in preparation or waiting to be
/// downloaded, if any (P26).
#[server(endpoint = "data/prepared")]
pub async fn get_prepared_export() -> Result<Option<PreparedExport>, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::privacy::data::export::prepared::current(&caller.state, &caller.scope).await
    })
    .await
}

/// One of the signed-in person's prepared exports, for the page the
/// emailed link opens; `NotFound` for anyone else's.
#[server(endpoint = "data/prepared/one")]
pub async fn get_prepared_export_by_id(id: String) -> Result<PreparedExport, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::privacy::data::export::prepared::find(&caller.state, &caller.scope, &id)
            .await
    })
    .await
}
