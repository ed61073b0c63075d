//! Abuse prevention (P14): fixed-window counters kept in the database, so
//! every server instance sharing it shares the limits. A limit is named by
//! what it protects (sign-in, sign-up, password reset …), never by a URL, so
//! no variant of a route can dodge it. Subjects (an IP network, an account's
//! email) are stored only as keyed hashes.

pub mod repo;

use crate::error::AppError;
use crate::server::jobs::{Every, Registry};
use crate::server::scope::Scope;
use crate::server::state::AppState;
use std::net::IpAddr;

/// At most `max` hits per `window_ms` for one subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub name: &'static str,
    pub max: i64,
    pub window_ms: i64,
}

const MINUTE: i64 = 60 * 1000;

/// Sign-in attempts from one network.
pub const SIGN_IN_IP: Limit = Limit {
    name: "sign-in-ip",
    max: 20,
    window_ms: 10 * MINUTE,
};
/// Failed sign-ins to one account (known or not): reaching it locks the
/// account for the rest of the window and warns its owner.
pub const SIGN_IN_FAILURES: Limit = Limit {
    name: "sign-in-failures",
    max: 5,
    window_ms: 15 * MINUTE,
};
/// Accounts created from one network.
pub const SIGN_UP_IP: Limit = Limit {
    name: "sign-up-ip",
    max: 5,
    window_ms: 60 * MINUTE,
};
/// Valid sign-ups for one email address, from any network: past it, the
/// answer stays the same but no more email goes to the address, so
/// nobody can flood its owner, nor block their sign-up by using it up.
pub const SIGN_UP_ACCOUNT: Limit = Limit {
    name: "sign-up-account",
    max: 3,
    window_ms: 60 * MINUTE,
};
/// Password reset requests from one network.
pub const RESET_IP: Limit = Limit {
    name: "reset-ip",
    max: 5,
    window_ms: 60 * MINUTE,
};
/// Password reset emails to one address.
pub const RESET_ACCOUNT: Limit = Limit {
    name: "reset-account",
    max: 3,
    window_ms: 60 * MINUTE,
};
/// Verification and email-change messages one account can ask for.
pub const EMAIL_SEND_ACCOUNT: Limit = Limit {
    name: "email-send-account",
    max: 5,
    window_ms: 60 * MINUTE,
};

/// The network an address counts for: the address itself for IPv4, its
/// /64 for IPv6 (one customer usually holds a whole /64).
pub fn ip_subject(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

/// An account subject: the email as typed, trimmed and lower-cased, so case
/// variants share one counter.
pub fn email_subject(email: &str) -> String {
    email.trim().to_lowercase()
}

fn bucket(state: &AppState, limit: &Limit, subject: &str) -> String {
    let digest = state
        .config
        .secrets
        .secret_key
        .keyed_hash(limit.name, subject);
    format!("{}:{}", limit.name, &digest[..32])
}

fn retry_after(limit: &Limit, window_start: i64, now: i64) -> u64 {
    let left_ms = (window_start + limit.window_ms - now).max(1000);
    (left_ms as u64).div_ceil(1000)
}

/// Counts one hit; `RateLimited` once the subject is past the limit.
pub async fn hit(
    state: &AppState,
    limit: &Limit,
    subject: &str,
    now: i64,
) -> Result<i64, AppError> {
    let key = bucket(state, limit, subject);
    let (hits, window_start) =
        repo::hit(&Scope::System, &state.db, &key, now, now - limit.window_ms).await?;
    if hits > limit.max {
        return Err(AppError::RateLimited {
            retry_after: retry_after(limit, window_start, now),
        });
    }
    Ok(hits)
}

/// Counts one hit and says whether it is still within the limit: for work
/// that is skipped quietly past it, where a refusal would tell something.
pub async fn allows(
    state: &AppState,
    limit: &Limit,
    subject: &str,
    now: i64,
) -> Result<bool, AppError> {
    match hit(state, limit, subject, now).await {
        Ok(_) => Ok(true),
        Err(AppError::RateLimited { .. }) => Ok(false),
        Err(other) => Err(other),
    }
}

/// Fails with `RateLimited` when the subject has used up the limit, without
/// counting a hit.
pub async fn check(
    state: &AppState,
    limit: &Limit,
    subject: &str,
    now: i64,
) -> Result<(), AppError> {
    let key = bucket(state, limit, subject);
    match repo::current(&Scope::System, &state.db, &key, now - limit.window_ms).await? {
        Some((hits, window_start)) if hits >= limit.max => Err(AppError::RateLimited {
            retry_after: retry_after(limit, window_start, now),
        }),
        _ => Ok(()),
    }
}

/// Forgets a subject's hits (after a successful sign-in, for example).
pub async fn clear(state: &AppState, limit: &Limit, subject: &str) -> Result<(), AppError> {
    repo::delete(&Scope::System, &state.db, &bucket(state, limit, subject)).await
}

/// Recurring: drops counters whose window ended a day ago.
pub const PRUNE: Every = Every::new("ratelimit.prune", 60 * MINUTE);

/// The rate limits' background work.
pub fn jobs(registry: Registry<AppState>) -> Registry<AppState> {
    registry.every(PRUNE, prune)
}

pub async fn prune(state: AppState) -> Result<(), AppError> {
    let cutoff = crate::server::time::now_ms() - 24 * 60 * MINUTE;
    repo::prune(&Scope::System, &state.db, cutoff).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_counts_per_64_and_ipv4_per_address() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(ip_subject(a), ip_subject(b));
        assert_ne!(ip_subject(a), ip_subject(c));
        let d: IpAddr = "192.0.2.1".parse().unwrap();
        let e: IpAddr = "192.0.2.2".parse().unwrap();
        assert_ne!(ip_subject(d), ip_subject(e));
    }

    #[test]
    fn email_case_variants_share_a_subject() {
        assert_eq!(
            email_subject(" Bob@Example.ORG "),
            email_subject("bob@example.org")
        );
    }

    #[test]
    fn retry_after_is_what_is_left_of_the_window_in_whole_seconds() {
        assert_eq!(retry_after(&SIGN_UP_IP, 0, 60 * MINUTE - 1500), 2);
        assert_eq!(retry_after(&SIGN_UP_IP, 0, 60 * MINUTE), 1);
    }
}
