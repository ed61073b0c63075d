//! Message bodies at rest. A queued message may carry a link that acts on
//! an account (a password reset, an email change, an export download), so
//! its text and HTML are stored sealed with the document key
//! (XChaCha20-Poly1305, a random nonce per body, bound to the message id
//! and the part): someone who reads the database or a backup, without the
//! key, cannot use them. Once sent, the bodies are emptied (`repo`).
//!
//! Stored form: `sealed1:` then hex of the nonce and the ciphertext. A body
//! without the prefix was stored before bodies were sealed and reads as is.

use crate::error::AppError;
use crate::server::secrets::Key;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::TryRngCore;

const PREFIX: &str = "sealed1:";
const NONCE: usize = 24;

/// Which body of a message.
#[derive(Debug, Clone, Copy)]
pub enum Part {
    Text,
    Html,
}

fn label(id: &str, part: Part) -> String {
    let part = match part {
        Part::Text => "text",
        Part::Html => "html",
    };
    format!("outbox:{id}:{part}")
}

/// `body` sealed for the message `id`. An empty body stays empty.
pub fn seal(key: &Key, id: &str, part: Part, body: &str) -> Result<String, AppError> {
    if body.is_empty() {
        return Ok(String::new());
    }
    let mut nonce = [0u8; NONCE];
    rand::rngs::OsRng
        .try_fill_bytes(&mut nonce)
        .map_err(|e| AppError::upstream(format!("random nonce: {e}")))?;
    let aad = label(id, part);
    let sealed = XChaCha20Poly1305::new(key.bytes().into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: body.as_bytes(),
                aad: aad.as_bytes(),
            },
        )
        .map_err(|_| AppError::upstream("sealing a message body"))?;
    Ok(format!(
        "{PREFIX}{}{}",
        hex::encode(nonce),
        hex::encode(sealed)
    ))
}

/// The body [`seal`]ed for message `id`; a body that does not open (another
/// key, another message's body) is an error, never wrong text.
pub fn open(key: &Key, id: &str, part: Part, stored: &str) -> Result<String, AppError> {
    let Some(sealed) = stored.strip_prefix(PREFIX) else {
        return Ok(stored.to_string());
    };
    let broken = || AppError::upstream(format!("the body of message {id} does not open"));
    let bytes = hex::decode(sealed).map_err(|_| broken())?;
    if bytes.len() < NONCE {
        return Err(broken());
    }
    let (nonce, ciphertext) = bytes.split_at(NONCE);
    let aad = label(id, part);
    let plain = XChaCha20Poly1305::new(key.bytes().into())
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad: aad.as_bytes(),
            },
        )
        .map_err(|_| broken())?;
    String::from_utf8(plain).map_err(|_| broken())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_round_trips_and_hides_its_text() {
        let key = Key::from_bytes([3; 32]);
        let body = "Reset: https://offerline.test/reset-password?token=abc123";
        let stored = seal(&key, "m1", Part::Text, body).unwrap();
        assert!(stored.starts_with(PREFIX));
        assert!(!stored.contains("abc123"));
        assert_eq!(open(&key, "m1", Part::Text, &stored).unwrap(), body);
    }

    #[test]
    fn a_body_opens_only_with_its_key_message_and_part() {
        let key = Key::from_bytes([3; 32]);
        let stored = seal(&key, "m1", Part::Text, "hello").unwrap();
        assert!(open(&Key::from_bytes([4; 32]), "m1", Part::Text, &stored).is_err());
        assert!(open(&key, "m2", Part::Text, &stored).is_err());
        assert!(open(&key, "m1", Part::Html, &stored).is_err());
    }

    #[test]
    fn older_plain_bodies_read_as_they_are() {
        let key = Key::from_bytes([3; 32]);
        assert_eq!(open(&key, "m1", Part::Text, "plain").unwrap(), "plain");
        assert_eq!(seal(&key, "m1", Part::Text, "").unwrap(), "");
    }
}
