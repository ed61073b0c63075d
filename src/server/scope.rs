//! Who is asking. Every repository function takes a `&Scope` first and
//! filters by it, so "whose data" is never left to memory. Another user's
//! record answers `NotFound`, never `Forbidden`, so its existence never leaks.

use crate::error::AppError;

/// A user's role; staff roles see personal data only through audited pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    User,
    Support,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Support => "support",
            Role::Admin => "admin",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        [Role::User, Role::Support, Role::Admin]
            .into_iter()
            .find(|r| r.as_str() == value)
    }
}

/// A signed-in user, with what limits processing of their data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserScope {
    pub user_id: String,
    pub role: Role,
    /// The user froze processing (no AI, no analytics, no product email).
    pub restricted: bool,
    /// The purposes the user objected to (P28).
    pub objections: Objections,
}

/// Purposes a user can opt out of, one switch each (P28).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Objections {
    pub analytics: bool,
    pub ai: bool,
    pub product_email: bool,
}

impl UserScope {
    /// A plain user with no limits set: the seed command and tests.
    pub fn new(user_id: impl Into<String>, role: Role) -> UserScope {
        UserScope {
            user_id: user_id.into(),
            role,
            restricted: false,
            objections: Objections::default(),
        }
    }

    /// Usage analytics may be recorded for this user (the cookie choice is
    /// checked separately): not restricted, not objected.
    pub fn allows_analytics(&self) -> bool {
        !self.restricted && !self.objections.analytics
    }

    /// Their text may be sent to an AI provider.
    pub fn allows_ai(&self) -> bool {
        !self.restricted && !self.objections.ai
    }

    /// Product news and tips may be emailed to them.
    pub fn allows_product_email(&self) -> bool {
        !self.restricted && !self.objections.product_email
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// A visitor with no session.
    Anonymous,
    User(UserScope),
    /// The server itself: start-up, the job worker, the command line.
    System,
}

impl Scope {
    /// The signed-in user, or `Unauthorized`.
    pub fn user(&self) -> Result<&UserScope, AppError> {
        match self {
            Scope::User(user) => Ok(user),
            _ => Err(AppError::Unauthorized),
        }
    }

    /// The signed-in user's id, or `Unauthorized`: the owner every
    /// repository query filters by.
    pub fn user_id(&self) -> Result<&str, AppError> {
        Ok(self.user()?.user_id.as_str())
    }

    /// A signed-in member of staff (support or admin). Anyone else is told
    /// the page does not exist (`NotFound`), so staff tools stay unseen.
    pub fn staff(&self) -> Result<&UserScope, AppError> {
        match self {
            Scope::User(user) if user.role != Role::User => Ok(user),
            Scope::User(_) => Err(AppError::NotFound),
            _ => Err(AppError::Unauthorized),
        }
    }

    /// A signed-in administrator. Anyone else is told the page does not
    /// exist (`NotFound`), as for [`Scope::staff`].
    pub fn admin(&self) -> Result<&UserScope, AppError> {
        match self {
            Scope::User(user) if user.role == Role::Admin => Ok(user),
            Scope::User(_) => Err(AppError::NotFound),
            _ => Err(AppError::Unauthorized),
        }
    }

    /// Succeeds only for the server's own work.
    pub fn system(&self) -> Result<(), AppError> {
        match self {
            Scope::System => Ok(()),
            Scope::Anonymous => Err(AppError::Unauthorized),
            Scope::User(_) => Err(AppError::Forbidden),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user() -> Scope {
        Scope::User(UserScope::new("u1", Role::User))
    }

    #[test]
    fn anonymous_callers_are_asked_to_sign_in() {
        assert_eq!(Scope::Anonymous.user(), Err(AppError::Unauthorized));
        assert_eq!(Scope::Anonymous.system(), Err(AppError::Unauthorized));
    }

    #[test]
    fn users_cannot_act_as_the_system() {
        assert!(user().user().is_ok());
        assert_eq!(user().system(), Err(AppError::Forbidden));
        assert!(Scope::System.system().is_ok());
    }

    #[test]
    fn only_staff_reach_staff_tools() {
        assert_eq!(user().staff(), Err(AppError::NotFound));
        assert_eq!(Scope::Anonymous.staff(), Err(AppError::Unauthorized));
        assert_eq!(Scope::System.staff(), Err(AppError::Unauthorized));
        for role in [Role::Support, Role::Admin] {
            let staff = Scope::User(UserScope::new("s1", role));
            assert!(staff.staff().is_ok());
        }
    }

    #[test]
    fn restriction_stops_every_optional_purpose() {
        let mut user = UserScope::new("u1", Role::User);
        assert!(user.allows_analytics() && user.allows_ai() && user.allows_product_email());
        user.objections.ai = true;
        assert!(user.allows_analytics() && !user.allows_ai() && user.allows_product_email());
        user.objections = Objections::default();
        user.restricted = true;
        assert!(!user.allows_analytics() && !user.allows_ai() && !user.allows_product_email());
    }

    #[test]
    fn roles_round_trip() {
        for role in [Role::User, Role::Support, Role::Admin] {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
