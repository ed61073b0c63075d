//! All SQL of accounts, one file per table: `users` (credentials and
//! sign-up facts), `sessions`, `auth_tokens` and `auth_events`. Sign-up,
//! sign-in and email links run before anyone is signed in, so those
//! functions take the system scope; what a signed-in user manages is
//! filtered by their id.

mod events;
mod sessions;
mod tokens;
mod users;

pub use events::*;
pub use sessions::*;
pub use tokens::*;
pub use users::*;

use crate::error::AppError;
use crate::server::scope::Scope;

/// System work may touch any user; a user only themself (another's id is
/// `NotFound`).
fn own(scope: &Scope, user_id: &str) -> Result<(), AppError> {
    match scope {
        Scope::System => Ok(()),
        Scope::User(user) if user.user_id == user_id => Ok(()),
        Scope::User(_) => Err(AppError::NotFound),
        Scope::Anonymous => Err(AppError::Unauthorized),
    }
}
