//! Random tokens for sessions and email links: 256 bits from the OS, shown
//! to the user once, stored only as their SHA-256.

use rand::TryRngCore;
use sha2::{Digest, Sha256};

/// A new token and the hash to store.
pub fn generate() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .expect("the OS random source is available");
    let token = hex::encode(bytes);
    let hash = digest(&token);
    (token, hash)
}

/// The stored form of a token.
pub fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_256_bits_and_are_stored_hashed() {
        let (a, hash) = generate();
        let (b, _) = generate();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(hash, digest(&a));
        assert_ne!(hash, a);
    }
}
