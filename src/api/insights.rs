//! Server function of insights (P08): the numbers of one board, or of all
//! the person's boards when no board is named.

use crate::error::AppError;
use crate::model::insights::Insights;
use leptos::prelude::*;

#[server(endpoint = "insights/get")]
pub async fn board_insights(#[server(default)] board: String) -> Result<Insights, AppError> {
    crate::api::respond(async move |caller| {
        let board = (!board.is_empty()).then_some(board.as_str());
        crate::server::insights::insights(&caller.scope, caller.db(), board).await
    })
    .await
}
