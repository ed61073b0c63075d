//! Card rules: add one (a title and a company name are enough), read it
//! in full, correct any field (each change goes on its timeline),
//! archive and restore it. A company typed by name is linked to the user's
//! company of that name, created on the fly.

use super::repo::cards::NewCard;
use super::repo::events::Change;
use super::stages::past_applying;
use super::{card_input, rank, repo};
use crate::error::AppError;
use crate::model::board::{AddedCard, Duplicate};
use crate::model::card::{CARD_FIELDS, CardFields, CardForm, Event, FullCard, Track};
use crate::server::companies;
use crate::server::db::Db;
use crate::server::id::new_id;
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use crate::server::work::Work;

/// Adds a card at the end of a stage; answers its id and the card it may
/// duplicate (same job link, or same company and title).
pub async fn add(
    scope: &Scope,
    db: &Db,
    board_id: &str,
    stage_id: &str,
    input: &CardForm,
) -> Result<AddedCard, AppError> {
    let mut fields = card_input::check(input)?;
    let now = now_ms();
    // NotFound for another user's stage before a company is created.
    let stage = repo::stages::find(scope, db, stage_id).await?;
    if stage.board_id != board_id {
        return Err(AppError::NotFound);
    }
    let company_id = company_id(scope, db, &fields.company, now).await?;
    let applied_at = repo::stages::applied_position(&db.pool, board_id).await?;
    if past_applying(&stage.kind, stage.position, applied_at) && fields.applied_on.is_none() {
        fields.applied_on = Some(today(scope, db).await?);
    }
    let duplicate = repo::cards::find_duplicate(
        scope,
        db,
        &fields.job_url,
        company_id.as_deref(),
        &fields.title,
    )
    .await?
    .map(|(id, title, board_name)| Duplicate {
        id,
        title,
        board_name,
    });
    let id = new_id();
    let mut work = Work::begin(scope, db).await?;
    // The stage's lock first, so two adds never share a rank.
    repo::stages::lock(&mut work, stage_id, now).await?;
    let (last, _) = repo::ranks::neighbours(&mut work, stage_id, &id, None).await?;
    let card = NewCard {
        id: &id,
        board_id,
        stage_id,
        company_id: company_id.as_deref(),
        rank: rank::between(last, None).ok_or_else(AppError::internal)?,
    };
    write_new(&mut work, &card, &fields, now).await?;
    repo::boards::touch(&mut work, board_id, now).await?;
    work.commit().await?;
    Ok(AddedCard { id, duplicate })
}

/// Writes a new card and the first entry of its timeline, inside `work`
/// (its stage locked and its rank chosen by the caller).
pub(super) async fn write_new(
    work: &mut Work<'_>,
    card: &NewCard<'_>,
    fields: &CardFields,
    now: i64,
) -> Result<(), AppError> {
    repo::cards::insert(work, card, fields, now).await?;
    repo::events::insert(work, card.id, &Change::of("created"), now).await
}

/// A card in full, with its board's stages and its timeline.
pub async fn get(scope: &Scope, db: &Db, id: &str) -> Result<FullCard, AppError> {
    let row = repo::cards::find(scope, db, id).await?;
    let stages = repo::stages::list(scope, db, &row.board_id).await?;
    let events = repo::events::list(scope, db, id).await?;
    Ok(FullCard {
        id: row.id,
        board_id: row.board_id,
        board_name: row.board_name,
        stage_id: row.stage_id,
        stages: stages.into_iter().map(|s| (s.id, s.name)).collect(),
        company_id: row.company_id,
        fields: row.fields,
        archived: row.archived_at.is_some(),
        created_at: row.created_at,
        events: events
            .into_iter()
            .map(|e| Event {
                at: e.at,
                kind: e.kind,
                field: e.field,
                old_value: e.old_value,
                new_value: e.new_value,
            })
            .collect(),
    })
}

/// Corrects a card's fields; each changed field goes on the timeline.
pub async fn update(scope: &Scope, db: &Db, id: &str, input: &CardForm) -> Result<(), AppError> {
    let mut fields = card_input::check(input)?;
    let current = repo::cards::find(scope, db, id).await?;
    let now = now_ms();
    let company_id = company_id(scope, db, &fields.company, now).await?;
    // The same record typed in another case is no change.
    if company_id == current.company_id {
        fields.company = current.fields.company.clone();
    }
    let changes = changes(&current.fields, &fields);
    if changes.is_empty() {
        return Ok(());
    }
    let mut work = Work::begin(scope, db).await?;
    repo::cards::update(&mut work, id, &fields, company_id.as_deref(), now).await?;
    for change in &changes {
        repo::events::insert(&mut work, id, change, now).await?;
    }
    repo::boards::touch(&mut work, &current.board_id, now).await?;
    work.commit().await
}

pub async fn set_archived(
    scope: &Scope,
    db: &Db,
    id: &str,
    archived: bool,
) -> Result<(), AppError> {
    let card = repo::cards::find(scope, db, id).await?;
    if card.archived_at.is_some() == archived {
        return Ok(());
    }
    let mut work = Work::begin(scope, db).await?;
    set_archived_in(&mut work, id, archived, now_ms()).await?;
    work.commit().await
}

/// Archives or restores card `id` inside `work`, on its timeline too.
pub(super) async fn set_archived_in(
    work: &mut Work<'_>,
    id: &str,
    archived: bool,
    now: i64,
) -> Result<(), AppError> {
    repo::cards::set_archived(work, id, archived.then_some(now), now).await?;
    let kind = if archived { "archived" } else { "restored" };
    repo::events::insert(work, id, &Change::of(kind), now).await
}

/// The company record for a typed name; `None` when no name was typed.
/// Made in a unit of work of its own, so that on SQLite it takes its turn
/// with the other writers instead of waiting in SQLite's busy handler
/// (where a stream of writers, an import's parts say, would starve it).
async fn company_id(
    scope: &Scope,
    db: &Db,
    name: &str,
    now: i64,
) -> Result<Option<String>, AppError> {
    let name = name.trim();
    if name.is_empty() {
        return Ok(None);
    }
    let mut work = Work::begin(scope, db).await?;
    let id = companies::repo::find_or_create_in(&mut work, name, now).await?;
    work.commit().await?;
    Ok(Some(id))
}

/// Today's date where the user lives (their profile's time zone, UTC when
/// they set none), as `YYYY-MM-DD`.
pub(crate) async fn today(scope: &Scope, db: &Db) -> Result<String, AppError> {
    Ok(local_today(scope, db).await?.format("%Y-%m-%d").to_string())
}

/// [`today`], inside a unit of work.
pub(crate) async fn today_in(work: &mut Work<'_>) -> Result<String, AppError> {
    let zone = crate::server::profile::time_zone_in(work).await?;
    Ok(crate::server::time::local_date(now_ms(), zone)
        .format("%Y-%m-%d")
        .to_string())
}

/// Today's date in the user's time zone (UTC when they set none).
pub(crate) async fn local_today(scope: &Scope, db: &Db) -> Result<chrono::NaiveDate, AppError> {
    let zone = crate::server::profile::time_zone(scope, db).await?;
    Ok(crate::server::time::local_date(now_ms(), zone))
}

/// The timeline entries for what differs between `old` and `new`, field
/// by field (`model::card::CARD_FIELDS`). Long texts are noted as changed,
/// not copied into the timeline.
fn changes(old: &CardFields, new: &CardFields) -> Vec<Change> {
    let (old, new) = (old.form(), new.form());
    let text = |v: Option<&str>| v.filter(|v| !v.is_empty()).map(str::to_string);
    CARD_FIELDS
        .iter()
        .filter_map(|f| {
            let (before, after) = (old.get(f.key), new.get(f.key));
            let (old_value, new_value) = match f.track {
                Track::Values => (text(before), text(after)),
                Track::Changed => (None, (before != after).then(String::new)),
            };
            (old_value != new_value)
                .then(|| Change::field(f.key, old_value, new_value.filter(|v| !v.is_empty())))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_reach_the_timeline() {
        let old = CardFields {
            title: "Engineer".into(),
            company: "Acme".into(),
            ..CardFields::default()
        };
        let new = CardFields {
            title: "Senior engineer".into(),
            excitement: Some(4),
            tags: vec!["rust".into()],
            notes: "Met them at RustConf".into(),
            ..old.clone()
        };
        let got: Vec<(&str, Option<String>, Option<String>)> = changes(&old, &new)
            .into_iter()
            .map(|c| (c.field, c.old_value, c.new_value))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "title",
                    Some("Engineer".into()),
                    Some("Senior engineer".into())
                ),
                ("excitement", None, Some("4".into())),
                ("tags", None, Some("rust".into())),
                ("notes", None, None),
            ]
        );
        assert!(changes(&old, &old).is_empty());
    }
}
