//! Server functions of "Your data" (P23): what Offerline holds about the
//! signed-in person. The export and the import are plain HTTP endpoints
//! (`server::privacy::export::http`), since they carry files.

use crate::error::AppError;
use crate::model::data::DataSummary;
use leptos::prelude::*;

/// Counts per table, consent history, account history, staff access.
#[server(endpoint = "data/summary")]
pub async fn get_data_summary() -> Result<DataSummary, AppError> {
    crate::api::respond(async move {
        let state = crate::server::state::AppState::from_context()?;
        crate::server::privacy::access::summary(&state, &crate::server::auth::session::scope())
            .await
    })
    .await
}
