//! Server functions of cards (job applications, P03): quick add, move,
//! read one in full, correct its fields, archive or restore it.

use crate::error::AppError;
use crate::model::board::AddedCard;
use crate::model::card::CardForm;
use crate::model::card::FullCard;
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
        use crate::server::boards::cards;
        let input = CardForm {
            title,
            company,
            ..CardForm::default()
        }
        .trimmed();
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
        crate::server::boards::moves::move_to(&caller.scope, caller.db(), &id, &stage_id, before)
            .await?;
        crate::server::privacy::analytics::feature(
            &caller.state,
            &caller.scope,
            caller.facts(),
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
pub async fn get_card(id: String) -> Result<FullCard, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::boards::cards::get(&caller.scope, caller.db(), &id).await
    })
    .await
}

/// Corrects a card: the whole card form, each field by its name. A plain
/// form post returns to `back` (the board with the card's panel open), or
/// else to the card's page.
#[server(endpoint = "cards/update")]
pub async fn update_card(
    id: String,
    #[server(flatten)] card: CardForm,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        let card = card.trimmed();
        crate::server::boards::cards::update(&caller.scope, caller.db(), &id, &card).await?;
        let back = if crate::server::prefs::is_local_path(&back) {
            back
        } else {
            format!("/cards/{id}")
        };
        let join = if back.contains('?') { '&' } else { '?' };
        crate::api::redirect_plain(&format!("{back}{join}notice=card-saved"));
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
