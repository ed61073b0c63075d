//! Server functions of the profile (P02, P24): read it whole, correct the
//! personal details and career preferences, and add, edit or delete work
//! experience, education and skills. Each answers a plain form post with a
//! redirect back to `/settings/profile`.

// A server function's arguments are its form's fields, one each; the
// career form has many. (An `allow` on the function does not reach the
// browser-side stub that the macro generates.)
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::model::profile::{CareerForm, Profile};
use leptos::prelude::*;

/// Where a plain form post lands after a change.
#[cfg(feature = "ssr")]
const BACK: &str = "/settings/profile?notice=profile-saved";

#[server(endpoint = "profile/get")]
pub async fn get_profile() -> Result<Profile, AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::profile;
        profile::get(&caller.scope, caller.db()).await
    })
    .await
}

/// Every IANA time zone the server knows, for the searchable field.
#[server(endpoint = "profile/time-zones")]
pub async fn list_time_zones() -> Result<Vec<String>, AppError> {
    crate::api::respond(async move |_caller| {
        Ok(crate::server::profile::validate::time_zones()
            .into_iter()
            .map(str::to_string)
            .collect())
    })
    .await
}

#[server(endpoint = "profile/personal")]
pub async fn save_personal(
    name: String,
    phone: String,
    city: String,
    region: String,
    country: String,
    time_zone: String,
    locale: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::profile;
        let input = profile::PersonalInput {
            name,
            phone,
            city,
            region,
            country,
            time_zone,
            locale,
        };
        profile::save_personal(&caller.scope, caller.db(), input).await?;
        leptos_axum::redirect(BACK);
        Ok(())
    })
    .await
}

#[server(endpoint = "profile/career")]
pub async fn save_career(#[server(flatten)] career: CareerForm) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        crate::server::profile::save_career(&caller.scope, caller.db(), &career).await?;
        leptos_axum::redirect(BACK);
        Ok(())
    })
    .await
}

/// Adds a job (empty `id`) or corrects one.
#[server(endpoint = "profile/experience")]
pub async fn save_experience(
    #[server(default)] id: String,
    title: String,
    company: String,
    start_month: String,
    #[server(default)] end_month: String,
    current: Option<String>,
    #[server(default)] description: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::profile;
        let input = profile::ExperienceInput {
            id,
            title,
            company,
            start_month,
            end_month,
            current: current.is_some(),
            description,
        };
        profile::save_experience(&caller.scope, caller.db(), input).await?;
        leptos_axum::redirect(BACK);
        Ok(())
    })
    .await
}

#[server(endpoint = "profile/experience/delete")]
pub async fn delete_experience(id: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::profile;
        profile::delete(
            &caller.scope,
            caller.db(),
            profile::Entries::Experience,
            &id,
        )
        .await?;
        leptos_axum::redirect(BACK);
        Ok(())
    })
    .await
}

/// Adds a course (empty `id`) or corrects one.
#[server(endpoint = "profile/education")]
pub async fn save_education(
    #[server(default)] id: String,
    school: String,
    #[server(default)] degree: String,
    #[server(default)] field: String,
    start_month: String,
    #[server(default)] end_month: String,
) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::profile;
        let input = profile::EducationInput {
            id,
            school,
            degree,
            field,
            start_month,
            end_month,
        };
        profile::save_education(&caller.scope, caller.db(), input).await?;
        leptos_axum::redirect(BACK);
        Ok(())
    })
    .await
}

#[server(endpoint = "profile/education/delete")]
pub async fn delete_education(id: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::profile;
        profile::delete(&caller.scope, caller.db(), profile::Entries::Education, &id).await?;
        leptos_axum::redirect(BACK);
        Ok(())
    })
    .await
}

#[server(endpoint = "profile/skills")]
pub async fn add_skill(skill: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::profile;
        profile::add_skill(&caller.scope, caller.db(), &skill).await?;
        leptos_axum::redirect(BACK);
        Ok(())
    })
    .await
}

#[server(endpoint = "profile/skills/delete")]
pub async fn delete_skill(id: String) -> Result<(), AppError> {
    crate::api::respond(async move |caller| {
        use crate::server::profile;
        profile::delete(&caller.scope, caller.db(), profile::Entries::Skills, &id).await?;
        leptos_axum::redirect(BACK);
        Ok(())
    })
    .await
}
