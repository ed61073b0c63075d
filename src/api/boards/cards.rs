//! Server functions of cards (job applications, P03): quick add, move,
//! read one in full, correct its fields, archive or restore it.

// A server function's arguments are its form's fields, one each; the card
// form has many.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::model::application::Application;
use crate::model::board::AddedCard;
use leptos::prelude::*;

/// Adds a card at the end of a stage: a title, and a company by name.
#[server(endpoint = "cards/add")]
pub async fn add_card(
    board_id: String,
    stage_id: String,
    title: String,
    #[server(default)] company: String,
) -> Result<AddedCard, AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::boards::{card_input::CardInput, cards};
        let input = CardInput {
            title: title.trim().to_string(),
            company: company.trim().to_string(),
            ..CardInput::default()
        };
        let added = cards::add(&caller.scope, caller.db(), &board_id, &stage_id, &input).await?;
        let back = match &added.duplicate {
            Some(d) => format!("/boards/{board_id}?duplicate={}", d.id),
            None => format!("/boards/{board_id}"),
        };
        crate::api::redirect_plain(&back);
        Ok(added)
    })
    .await
}

/// Moves a card into `stage_id`, just above card `before` (empty: last).
/// `back` is where a plain form post returns to.
#[server(endpoint = "cards/move")]
pub async fn move_card(
    id: String,
    stage_id: String,
    #[server(default)] before: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        let before = (!before.is_empty()).then_some(before.as_str());
        crate::server::boards::cards::move_to(&caller.scope, caller.db(), &id, &stage_id, before)
            .await?;
        crate::server::privacy::analytics::feature(
            &caller.state,
            &caller.scope,
            crate::model::analytics::CARD_MOVED,
        )
        .await;
        if crate::server::prefs::is_local_path(&back) {
            crate::api::redirect_plain(&back);
        }
        Ok(())
    })
    .await
}

#[server(endpoint = "cards/get")]
pub async fn get_card(id: String) -> Result<Application, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::cards::get(&caller.scope, caller.db(), &id).await
    })
    .await
}

#[server(endpoint = "cards/update")]
pub async fn update_card(
    id: String,
    title: String,
    #[server(default)] company: String,
    #[server(default)] job_url: String,
    #[server(default)] description: String,
    #[server(default)] location: String,
    #[server(default)] work_mode: String,
    #[server(default)] salary_min: String,
    #[server(default)] salary_max: String,
    #[server(default)] salary_currency: String,
    #[server(default)] salary_period: String,
    #[server(default)] job_type: String,
    #[server(default)] source: String,
    #[server(default)] deadline: String,
    #[server(default)] applied_on: String,
    #[server(default)] excitement: String,
    #[server(default)] tags: String,
    #[server(default)] notes: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::boards::{card_input::CardInput, cards};
        let t = |s: String| s.trim().to_string();
        let input = CardInput {
            title: t(title),
            company: t(company),
            job_url: t(job_url),
            description: description.trim_end().to_string(),
            location: t(location),
            work_mode: t(work_mode),
            salary_min: t(salary_min),
            salary_max: t(salary_max),
            salary_currency: t(salary_currency),
            salary_period: t(salary_period),
            job_type: t(job_type),
            source: t(source),
            deadline: t(deadline),
            applied_on: t(applied_on),
            excitement: t(excitement),
            tags: t(tags),
            notes: notes.trim_end().to_string(),
        };
        cards::update(&caller.scope, caller.db(), &id, &input).await?;
        crate::api::redirect_plain(&format!("/cards/{id}?notice=card-saved"));
        Ok(())
    })
    .await
}

/// Archives a card (`archived` true) or restores it.
#[server(endpoint = "cards/archive")]
pub async fn archive_card(id: String, archived: bool) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::cards::set_archived(&caller.scope, caller.db(), &id, archived)
            .await?;
        crate::api::redirect_plain(&format!("/cards/{id}"));
        Ok(())
    })
    .await
}
