//! Server functions of the instance's facts (`model::site`), as the policy
//! pages state them.

use crate::error::AppError;
use crate::model::site::SiteInfo;
use leptos::prelude::*;

#[server(endpoint = "site/info")]
pub async fn get_site_info() -> Result<SiteInfo, AppError> {
    crate::api::respond(async move |caller| {
        let locale = caller.locale();
        crate::server::site::info(&caller.state, locale).await
    })
    .await
}
