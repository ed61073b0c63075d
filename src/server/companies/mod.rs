//! Companies (P03): the organisations a user applies to. A card names its
//! company by name; the first card with a new name creates the record,
//! later ones (in any case) link to it. A company's page lists its
//! applications. SQL in `repo.rs`.

pub mod repo;

use crate::error::AppError;
use crate::model::company::{Company, CompanyCard};
use crate::server::boards::card_input::{long_text, url};
use crate::server::db::Db;
use crate::server::scope::Scope;
use crate::server::time::now_ms;
use crate::server::validation as v;
use crate::server::validation::FieldErrors;
use repo::CompanyRow;

pub async fn get(scope: &Scope, db: &Db, id: &str) -> Result<Company, AppError> {
    let c = repo::find(scope, db, id).await?;
    let applications = repo::applications(scope, db, id).await?;
    Ok(Company {
        id: c.id,
        name: c.name,
        website: c.website,
        industry: c.industry,
        size: c.size,
        location: c.location,
        notes: c.notes,
        applications: applications
            .into_iter()
            .map(|a| CompanyCard {
                id: a.id,
                title: a.title,
                board_name: a.board_name,
                stage_name: a.stage_name,
                archived: a.archived_at.is_some(),
            })
            .collect(),
    })
}

/// The rules of the company form, every field checked at once; answers the
/// company trimmed.
pub fn check(input: CompanyRow) -> Result<CompanyRow, AppError> {
    let c = CompanyRow {
        name: input.name.trim().to_string(),
        website: input.website.trim().to_string(),
        industry: input.industry.trim().to_string(),
        size: input.size.trim().to_string(),
        location: input.location.trim().to_string(),
        ..input
    };
    let mut errors = FieldErrors::default();
    errors.check("name", v::text(&c.name, true));
    errors.check("website", url(&c.website));
    errors.check("industry", v::text(&c.industry, false));
    errors.check("size", v::text(&c.size, false));
    errors.check("location", v::text(&c.location, false));
    errors.check("notes", long_text(&c.notes));
    errors.finish()?;
    Ok(c)
}

/// Corrects a company's details; every field checked at once.
pub async fn update(scope: &Scope, db: &Db, input: CompanyRow) -> Result<(), AppError> {
    let c = check(input)?;
    repo::find(scope, db, &c.id).await?;
    repo::update(scope, db, &c, now_ms()).await
}

/// The user's company names, for the company field's suggestions.
pub async fn names(scope: &Scope, db: &Db) -> Result<Vec<String>, AppError> {
    repo::names(scope, db).await
}
