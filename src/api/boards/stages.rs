//! Server functions of a board's stages (columns): add, edit, move left or
//! right, delete (moving its cards).

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
fn input(
    name: String,
    color: String,
    kind: String,
    marks_applied: Option<String>,
) -> crate::server::boards::stages::StageInput {
    crate::server::boards::stages::StageInput {
        name,
        color,
        kind,
        marks_applied: marks_applied.is_some(),
    }
}

#[server(endpoint = "stages/add")]
pub async fn add_stage(
    board_id: String,
    name: String,
    color: String,
    kind: String,
    marks_applied: Option<String>,
) -> Result<String, AppError> {
    crate::api::respond(async move |caller| {
        let stage = input(name, color, kind, marks_applied);
        let id = crate::server::boards::stages::add(&caller.scope, caller.db(), &board_id, &stage)
            .await?;
        crate::api::redirect_plain(&format!("/boards/{board_id}"));
        Ok(id)
    })
    .await
}

#[server(endpoint = "stages/update")]
pub async fn update_stage(
    board_id: String,
    id: String,
    name: String,
    color: String,
    kind: String,
    marks_applied: Option<String>,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        let stage = input(name, color, kind, marks_applied);
        crate::server::boards::stages::update(&caller.scope, caller.db(), &id, &stage).await?;
        crate::api::redirect_plain(&format!("/boards/{board_id}"));
        Ok(())
    })
    .await
}

/// Moves a stage one place: `step` -1 (left) or 1 (right).
#[server(endpoint = "stages/shift")]
pub async fn shift_stage(board_id: String, id: String, step: i64) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::stages::shift(&caller.scope, caller.db(), &id, step).await?;
        crate::api::redirect_plain(&format!("/boards/{board_id}"));
        Ok(())
    })
    .await
}

/// Deletes a stage; its cards move to `move_to`.
#[server(endpoint = "stages/delete")]
pub async fn delete_stage(
    board_id: String,
    id: String,
    #[server(default)] move_to: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::stages::delete(&caller.scope, caller.db(), &id, &move_to).await?;
        crate::api::redirect_plain(&format!("/boards/{board_id}"));
        Ok(())
    })
    .await
}
