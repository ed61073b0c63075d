//! Server functions of boards (P08): list, create from a template, rename,
//! archive, restore, delete, and read one whole.

pub mod cards;
#[cfg(feature = "ssr")]
pub mod http;
pub mod imports;
pub mod stages;

use crate::error::AppError;
use crate::model::board::{Board, BoardSummary};
use leptos::prelude::*;

#[server(endpoint = "boards/list")]
pub async fn list_boards() -> Result<Vec<BoardSummary>, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::list(&caller.scope, caller.db()).await
    })
    .await
}

#[server(endpoint = "boards/get")]
pub async fn get_board(id: String) -> Result<Board, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::get(&caller.scope, caller.db(), &id).await
    })
    .await
}

/// Creates a board and opens it.
#[server(endpoint = "boards/create")]
pub async fn create_board(name: String, template: String) -> Result<String, AppError> {
    crate::api::respond(async move |caller| {
        let locale = caller.locale();
        let id =
            crate::server::boards::create(&caller.scope, caller.db(), locale, &name, &template)
                .await?;
        leptos_axum::redirect(&format!("/boards/{id}"));
        Ok(id)
    })
    .await
}

#[server(endpoint = "boards/rename")]
pub async fn rename_board(
    id: String,
    name: String,
    #[server(default)] ghost_days: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::rename(&caller.scope, caller.db(), &id, &name, &ghost_days).await?;
        crate::api::redirect_plain(&format!("/boards/{id}"));
        Ok(())
    })
    .await
}

/// Archives a board (`archived` = "true") or restores it.
#[server(endpoint = "boards/archive")]
pub async fn archive_board(id: String, archived: bool) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::set_archived(&caller.scope, caller.db(), &id, archived).await?;
        let to = if archived {
            "/boards".to_string()
        } else {
            format!("/boards/{id}")
        };
        leptos_axum::redirect(&to);
        Ok(())
    })
    .await
}

/// Deletes a board and everything on it, once `confirm` is ticked.
#[server(endpoint = "boards/delete")]
pub async fn delete_board(id: String, confirm: Option<String>) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::delete(&caller.scope, caller.db(), &id, confirm.is_some()).await?;
        leptos_axum::redirect("/boards?notice=board-deleted");
        Ok(())
    })
    .await
}
