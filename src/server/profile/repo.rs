//! All SQL of the profile: `profiles` (one row per user, created on first
//! save) with the name and language kept on `users` in `profiles.rs`;
//! `profile_experience` and `profile_education` in `entries.rs`;
//! `profile_skills` in `skills.rs`. Every function acts for the signed-in
//! user only; another user's entry answers `NotFound`.

mod entries;
mod profiles;
mod skills;

pub use entries::*;
pub use profiles::*;
pub use skills::*;

use crate::error::AppError;
use crate::server::db::Db;
use crate::server::scope::Scope;

fn owner(scope: &Scope) -> Result<&str, AppError> {
    Ok(scope.user()?.user_id.as_str())
}

/// `NotFound` when an UPDATE or DELETE matched no row of this user.
fn one_row(result: sqlx::any::AnyQueryResult) -> Result<(), AppError> {
    if result.rows_affected() == 0 {
        Err(AppError::NotFound)
    } else {
        Ok(())
    }
}

/// How many rows the user has in `table` (one of the entry tables).
pub async fn count(scope: &Scope, db: &Db, table: Entries) -> Result<i64, AppError> {
    let user_id = owner(scope)?;
    let (n,): (i64,) = sqlx::query_as(&format!(
        "SELECT COUNT(*) FROM {} WHERE user_id = $1",
        table.table()
    ))
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(n)
}

/// The tables of repeatable entries.
#[derive(Debug, Clone, Copy)]
pub enum Entries {
    Experience,
    Education,
    Skills,
}

impl Entries {
    fn table(self) -> &'static str {
        match self {
            Entries::Experience => "profile_experience",
            Entries::Education => "profile_education",
            Entries::Skills => "profile_skills",
        }
    }
}
