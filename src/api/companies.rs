//! Server functions of companies (P03): read one with its applications,
//! correct its details, and the names for suggestions.

use crate::error::AppError;
use crate::model::company::Company;
use leptos::prelude::*;

#[server(endpoint = "companies/get")]
pub async fn get_company(id: String) -> Result<Company, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::companies::get(&caller.scope, caller.db(), &id).await
    })
    .await
}

#[server(endpoint = "companies/names")]
pub async fn company_names() -> Result<Vec<String>, AppError> {
    crate::api::respond(async move |caller| {
        crate::server::companies::names(&caller.scope, caller.db()).await
    })
    .await
}

#[server(endpoint = "companies/update")]
pub async fn update_company(
    id: String,
    name: String,
    #[server(default)] website: String,
    #[server(default)] industry: String,
    #[server(default)] size: String,
    #[server(default)] location: String,
    #[server(default)] notes: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::companies::{self, repo::CompanyRow};
        let row = CompanyRow {
            id: id.clone(),
            name,
            website,
            industry,
            size,
            location,
            notes: notes.trim_end().to_string(),
        };
        companies::update(&caller.scope, caller.db(), row).await?;
        crate::api::redirect_plain(&format!("/companies/{id}?notice=company-saved"));
        Ok(())
    })
    .await
}
