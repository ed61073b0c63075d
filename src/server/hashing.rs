//! Password hashing: argon2id run on the blocking pool with a bounded
//! number of hashes at once, so a burst of sign-ins queues instead of
//! starving the rest of the server. Built once into `AppState`; the rules
//! of what a password must be live with the accounts (`auth::password`).

use crate::error::AppError;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

/// argon2id with 19 MiB, 2 passes, 1 lane: OWASP's minimum recommendation.
pub const MEMORY_KIB: u32 = 19 * 1024;
pub const ITERATIONS: u32 = 2;
pub const LANES: u32 = 1;

/// The outcome of checking a password against a stored hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    No,
    /// Correct; `rehash` when the stored parameters are weaker than today's.
    Yes {
        rehash: bool,
    },
}

/// Hashes and verifies on the blocking pool, at most `concurrency` at a time.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    /// Passwords checked since start-up: what rate limits must bound.
    checked: Arc<AtomicU64>,
}

impl Hasher {
    pub fn new(concurrency: usize) -> Hasher {
        Hasher {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            checked: Arc::new(AtomicU64::new(0)),
        }
    }

    /// How many passwords were checked against a hash since start-up.
    pub fn checked(&self) -> u64 {
        self.checked.load(Ordering::Relaxed)
    }

    pub async fn hash(&self, password: String) -> Result<String, AppError> {
        self.run(move || hash_now(&password)).await?
    }

    /// Checks `password` against `stored`; with no stored hash (an unknown
    /// account) it does the same work against a dummy hash and says `No`,
    /// so the answer takes as long either way.
    pub async fn verify(
        &self,
        password: String,
        stored: Option<String>,
    ) -> Result<Verified, AppError> {
        self.checked.fetch_add(1, Ordering::Relaxed);
        self.run(move || match stored {
            Some(stored) => verify_now(&password, &stored),
            None => {
                let _ = verify_now(&password, dummy_hash());
                Verified::No
            }
        })
        .await
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| AppError::internal())?;
        tokio::task::spawn_blocking(work).await.map_err(|e| {
            tracing::error!(error = %e, "password hashing task failed");
            AppError::internal()
        })
    }
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None).expect("valid argon2 params");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_now(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            AppError::internal()
        })
}

fn verify_now(password: &str, stored: &str) -> Verified {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return Verified::No;
    };
    if argon2()
        .verify_password(password.as_bytes(), &parsed)
        .is_err()
    {
        return Verified::No;
    }
    Verified::Yes {
        rehash: is_weaker(&parsed),
    }
}

/// Whether a stored hash used another algorithm or weaker parameters.
fn is_weaker(hash: &PasswordHash<'_>) -> bool {
    if hash.algorithm.as_str() != "argon2id" {
        return true;
    }
    match Params::try_from(hash) {
        Ok(p) => p.m_cost() < MEMORY_KIB || p.t_cost() < ITERATIONS || p.p_cost() < LANES,
        Err(_) => true,
    }
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_now("offerline-dummy-password").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_at_the_minimum_strength_or_more() {
        let hash = hash_now("a long enough password").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert_eq!(
            verify_now("a long enough password", &hash),
            Verified::Yes { rehash: false }
        );
        assert_eq!(verify_now("another password!", &hash), Verified::No);
    }

    #[test]
    fn weaker_hashes_are_flagged_for_rehash() {
        let weak = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8 * 1024, 1, 1, None).unwrap(),
        );
        let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
        let hash = weak
            .hash_password(b"a long enough password", &salt)
            .unwrap()
            .to_string();
        assert_eq!(
            verify_now("a long enough password", &hash),
            Verified::Yes { rehash: true }
        );
    }

    #[test]
    fn long_passwords_are_never_truncated() {
        let long = "p".repeat(128);
        let hash = hash_now(&long).unwrap();
        assert_eq!(verify_now(&"p".repeat(127), &hash), Verified::No);
    }
}
