//! Onboarding: the getting-started tips email, sent a few days after
//! sign-up to people who keep product email on. It is the product's one
//! non-essential email, so it carries the one-click unsubscribe (P28) and is
//! never sent to an account that restricted processing (P27), opted out,
//! has not verified its address, or is being deleted.

use crate::error::AppError;
use crate::server::jobs::{self, Job, NewJob};
use crate::server::mail::{self, Outgoing, Template};
use crate::server::privacy::controls::{self, unsubscribe};
use crate::server::scope::Scope;
use crate::server::state::AppState;

pub const TIPS_JOB: &str = "onboarding.tips";
/// How long after sign-up the tips arrive.
pub const TIPS_DELAY_MS: i64 = 3 * 24 * 60 * 60 * 1000;

/// Queues the tips email of a new account.
pub async fn schedule_tips(state: &AppState, user_id: &str, now: i64) -> Result<(), AppError> {
    let mut job = NewJob::new(TIPS_JOB);
    job.user_id = Some(user_id.to_string());
    job.dedupe_key = Some(format!("{TIPS_JOB}:{user_id}"));
    job.run_at = now + TIPS_DELAY_MS;
    job.max_attempts = 3;
    jobs::enqueue(&state.db, job).await.map(|_| ())
}

/// Onboarding's background work: the tips email.
pub fn jobs(registry: jobs::Registry<AppState>) -> jobs::Registry<AppState> {
    registry.handle(TIPS_JOB, send_tips)
}

/// The tips job: queues the email if the account still wants it.
pub async fn send_tips(state: AppState, job: Job) -> Result<(), AppError> {
    let Some(user_id) = job.user_id else {
        return Ok(());
    };
    send_tips_to(&state, &user_id).await
}

async fn send_tips_to(state: &AppState, user_id: &str) -> Result<(), AppError> {
    let Some(row) = controls::repo::get(&Scope::System, &state.db, user_id).await? else {
        return Ok(());
    };
    if row.email_verified_at.is_none() || !controls::allows_product_email(state, user_id).await? {
        return Ok(());
    }
    mail::queue(
        state,
        &Scope::System,
        Outgoing {
            to: row.email.clone(),
            to_name: Some(row.name.clone()),
            user_id: Some(user_id.to_string()),
            locale: crate::i18n::Locale::from_tag(&row.locale).unwrap_or_default(),
            template: Template::ProductTips {
                name: row.name,
                boards_link: state.config.link("/boards"),
                unsubscribe_link: unsubscribe::page_url(state, user_id),
            },
        },
    )
    .await
    .map(|_| ())
}
