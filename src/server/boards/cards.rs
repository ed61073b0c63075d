//! Card rules: add one (a title and a company name are enough), move it,
//! read it in full, correct any field (each change goes on its timeline),
//! archive and restore it. A company typed by name is linked to the user's
//! company of that name, created on the fly.

use super::card_input::{self, CardInput};
use super::repo;
use super::repo::cards::CardFields;
use super::repo::events::Change;
use super::stages::past_applying;
use crate::error::AppError;
use crate::model::application::{Application, Event};
use crate::model::board::{AddedCard, Duplicate};
use crate::server::companies;
use crate::server::db::Db;
use crate::server::id::new_id;
use crate::server::scope::Scope;
use crate::server::time::now_ms;

/// Adds a card at the end of a stage; answers its id and the card it may
/// duplicate (same job link, or same company and title).
pub async fn add(
    scope: &Scope,
    db: &Db,
    board_id: &str,
    stage_id: &str,
    input: &CardInput,
) -> Result<AddedCard, AppError> {
    let mut fields = card_input::check(input)?;
    let now = now_ms();
    // NotFound for another user's stage before a company is created.
    let stage = repo::stages::find(scope, db, stage_id).await?;
    if stage.board_id != board_id {
        return Err(AppError::NotFound);
    }
    fields.company_id = company_id(scope, db, &input.company, now).await?;
    let applied_at = repo::stages::applied_position(&db.pool, board_id).await?;
    if past_applying(&stage.kind, stage.position, applied_at) && fields.applied_on.is_none() {
        fields.applied_on = Some(today(scope, db).await?);
    }
    let duplicate = repo::cards::find_duplicate(
        scope,
        db,
        &fields.job_url,
        fields.company_id.as_deref(),
        &fields.title,
    )
    .await?
    .map(|(id, title, board_name)| Duplicate {
        id,
        title,
        board_name,
    });
    let id = new_id();
    repo::cards::insert(scope, db, &id, board_id, stage_id, &fields, now).await?;
    repo::boards::touch(scope, db, board_id, now).await?;
    Ok(AddedCard { id, duplicate })
}

/// Moves a card into `stage_id`, above `before` or last.
pub async fn move_to(
    scope: &Scope,
    db: &Db,
    id: &str,
    stage_id: &str,
    before: Option<&str>,
) -> Result<(), AppError> {
    let today = today(scope, db).await?;
    let now = now_ms();
    let moved = repo::moves::move_card(scope, db, id, stage_id, before, &today, now).await?;
    repo::boards::touch(scope, db, &moved.to.board_id, now).await
}

/// A card in full, with its board's stages and its timeline.
pub async fn get(scope: &Scope, db: &Db, id: &str) -> Result<Application, AppError> {
    let row = repo::cards::find(scope, db, id).await?;
    let stages = repo::stages::list(scope, db, &row.board_id).await?;
    let events = repo::events::list(scope, db, id).await?;
    let f = row.fields;
    Ok(Application {
        id: row.id,
        board_id: row.board_id,
        board_name: row.board_name,
        stage_id: row.stage_id,
        stages: stages.into_iter().map(|s| (s.id, s.name)).collect(),
        company_id: f.company_id,
        company: row.company.unwrap_or_default(),
        title: f.title,
        job_url: f.job_url,
        description: f.description,
        location: f.location,
        work_mode: f.work_mode,
        salary_min: f.salary_min,
        salary_max: f.salary_max,
        salary_currency: f.salary_currency,
        salary_period: f.salary_period,
        job_type: f.job_type,
        source: f.source,
        deadline: f.deadline,
        applied_on: f.applied_on,
        excitement: f.excitement,
        tags: serde_json::from_str(&f.tags).unwrap_or_default(),
        notes: f.notes,
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
pub async fn update(scope: &Scope, db: &Db, id: &str, input: &CardInput) -> Result<(), AppError> {
    let mut fields = card_input::check(input)?;
    let current = repo::cards::find(scope, db, id).await?;
    let now = now_ms();
    fields.company_id = company_id(scope, db, &input.company, now).await?;
    let old_company = current.company.clone().unwrap_or_default();
    // The same record typed in another case is no change.
    let new_company = if fields.company_id == current.fields.company_id {
        old_company.as_str()
    } else {
        input.company.trim()
    };
    let changes = changes(&current.fields, &fields, &old_company, new_company);
    if changes.is_empty() {
        return Ok(());
    }
    repo::cards::update(scope, db, id, &fields, &changes, now).await?;
    repo::boards::touch(scope, db, &current.board_id, now).await
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
    let now = now_ms();
    repo::cards::set_archived(scope, db, id, archived.then_some(now), now).await
}

/// The company record for a typed name; `None` when no name was typed.
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
    companies::repo::find_or_create(scope, db, name, now)
        .await
        .map(Some)
}

/// Today's date where the user lives (their profile's time zone, UTC when
/// they set none), as `YYYY-MM-DD`.
pub(crate) async fn today(scope: &Scope, db: &Db) -> Result<String, AppError> {
    Ok(local_today(scope, db).await?.format("%Y-%m-%d").to_string())
}

/// Today's date in the user's time zone (UTC when they set none).
pub(crate) async fn local_today(scope: &Scope, db: &Db) -> Result<chrono::NaiveDate, AppError> {
    let zone = crate::server::profile::repo::find(scope, db)
        .await?
        .and_then(|p| p.time_zone)
        .and_then(|z| z.parse::<chrono_tz::Tz>().ok())
        .unwrap_or(chrono_tz::UTC);
    Ok(crate::server::time::local_date(now_ms(), zone))
}

/// The timeline entries for what differs between `old` and `new`. Long
/// texts are noted as changed, not copied into the timeline.
fn changes(
    old: &CardFields,
    new: &CardFields,
    old_company: &str,
    new_company: &str,
) -> Vec<Change> {
    fn text(v: &str) -> Option<String> {
        (!v.is_empty()).then(|| v.to_string())
    }
    fn number(n: Option<i64>) -> Option<String> {
        n.map(|n| n.to_string())
    }
    let values: [(&'static str, Option<String>, Option<String>); 17] = [
        ("title", text(&old.title), text(&new.title)),
        ("company", text(old_company), text(new_company)),
        ("job_url", text(&old.job_url), text(&new.job_url)),
        ("location", text(&old.location), text(&new.location)),
        ("work_mode", text(&old.work_mode), text(&new.work_mode)),
        ("salary_min", number(old.salary_min), number(new.salary_min)),
        ("salary_max", number(old.salary_max), number(new.salary_max)),
        (
            "salary_currency",
            text(&old.salary_currency),
            text(&new.salary_currency),
        ),
        (
            "salary_period",
            text(&old.salary_period),
            text(&new.salary_period),
        ),
        ("job_type", text(&old.job_type), text(&new.job_type)),
        ("source", text(&old.source), text(&new.source)),
        ("deadline", old.deadline.clone(), new.deadline.clone()),
        ("applied_on", old.applied_on.clone(), new.applied_on.clone()),
        ("excitement", number(old.excitement), number(new.excitement)),
        ("tags", tags(&old.tags), tags(&new.tags)),
        (
            "description",
            None,
            (old.description != new.description).then(String::new),
        ),
        ("notes", None, (old.notes != new.notes).then(String::new)),
    ];
    values
        .into_iter()
        .filter(|(_, o, n)| o != n)
        .map(|(field, old_value, new_value)| Change {
            kind: "field",
            field,
            old_value,
            new_value: new_value.filter(|v| !v.is_empty()),
        })
        .collect()
}

/// Stored tags (a JSON list) as the timeline shows them: "a, b".
fn tags(json: &str) -> Option<String> {
    let list: Vec<String> = serde_json::from_str(json).unwrap_or_default();
    (!list.is_empty()).then(|| list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_reach_the_timeline() {
        let old = CardFields {
            title: "Engineer".into(),
            tags: "[]".into(),
            ..CardFields::default()
        };
        let new = CardFields {
            title: "Senior engineer".into(),
            excitement: Some(4),
            tags: r#"["rust"]"#.into(),
            notes: "Met them at RustConf".into(),
            ..old.clone()
        };
        let got: Vec<(&str, Option<String>, Option<String>)> = changes(&old, &new, "Acme", "Acme")
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
        assert!(changes(&old, &old, "Acme", "Acme").is_empty());
    }
}
