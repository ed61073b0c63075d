//! Encryption at rest for what Offerline keeps in storage (document
//! versions, prepared exports): XChaCha20-Poly1305 in the STREAM
//! construction (`aead::stream`, big-endian 32-bit counter), so a file of
//! any size is sealed and opened in 64 KiB chunks with flat memory, and a
//! truncated, reordered or altered file fails to open instead of reading
//! back wrong.
//!
//! A sealed file is `MAGIC`, a random 19-byte nonce prefix, then the
//! chunks, each followed by its 16-byte tag; the last chunk is sealed as
//! the last, so cutting the file short is detected. Each chunk also
//! authenticates the object's storage key, so one person's file copied
//! under another's key does not open. The key is `OFFERLINE_DOCUMENT_KEY`.

use crate::server::secrets::Key;
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::stream::{DecryptorBE32, EncryptorBE32};
use chacha20poly1305::aead::{KeyInit, Payload};
use rand::TryRngCore;
use std::io;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// Plaintext bytes per chunk.
pub const CHUNK: usize = 64 * 1024;
const TAG: usize = 16;
/// The nonce is 24 bytes; the STREAM counter and last-chunk flag take 5.
const NONCE_PREFIX: usize = 19;
const MAGIC: &[u8; 8] = b"OFLSEAL1";

fn cipher(key: &Key) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(key.bytes().into())
}

fn broken() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "the sealed file does not open")
}

/// Reads until `buf` is full or the input ends; returns the bytes read.
async fn fill<R: AsyncRead + Unpin>(input: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        let n = input.read(&mut buf[filled..]).await?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    Ok(filled)
}

/// Reads `input` in chunks of `size` bytes (the last may be shorter, or
/// empty when the input is) and writes what `each` makes of each chunk,
/// told whether it is the last, into `out`. Returns the bytes written.
async fn each_chunk<R, W, F>(
    input: &mut R,
    size: usize,
    out: &mut W,
    mut each: F,
) -> io::Result<u64>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
    F: FnMut(&[u8], bool) -> io::Result<Vec<u8>>,
{
    let mut current = vec![0u8; size];
    let mut next = vec![0u8; size];
    let mut len = fill(input, &mut current).await?;
    let mut written = 0u64;
    loop {
        let next_len = if len == size {
            fill(input, &mut next).await?
        } else {
            0
        };
        let last = next_len == 0;
        let bytes = each(&current[..len], last)?;
        out.write_all(&bytes).await?;
        written += bytes.len() as u64;
        if last {
            return Ok(written);
        }
        std::mem::swap(&mut current, &mut next);
        len = next_len;
    }
}

/// Reads `input` to its end and writes it sealed into `out`, bound to
/// `label` (the object's storage key). Returns the bytes written.
pub async fn seal<R, W>(key: &Key, label: &str, mut input: R, out: &mut W) -> io::Result<u64>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut prefix = [0u8; NONCE_PREFIX];
    rand::rngs::OsRng
        .try_fill_bytes(&mut prefix)
        .map_err(io::Error::other)?;
    out.write_all(MAGIC).await?;
    out.write_all(&prefix).await?;
    // The last chunk is sealed by consuming the encryptor.
    let mut encryptor = Some(EncryptorBE32::from_aead(cipher(key), (&prefix).into()));
    let chunks = each_chunk(&mut input, CHUNK, out, |msg, last| {
        let payload = Payload {
            msg,
            aad: label.as_bytes(),
        };
        let sealed = match (last, encryptor.as_mut()) {
            (false, Some(e)) => e.encrypt_next(payload),
            (true, _) => encryptor.take().ok_or_else(broken)?.encrypt_last(payload),
            (false, None) => return Err(broken()),
        };
        sealed.map_err(|_| broken())
    })
    .await?;
    Ok((MAGIC.len() + NONCE_PREFIX) as u64 + chunks)
}

/// Reads a file [`seal`]ed under `label` and writes its plaintext into
/// `out`. Returns the plaintext bytes; fails before writing a chunk that
/// does not authenticate.
pub async fn open<R, W>(key: &Key, label: &str, mut input: R, out: &mut W) -> io::Result<u64>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut header = [0u8; MAGIC.len() + NONCE_PREFIX];
    if fill(&mut input, &mut header).await? < header.len() || &header[..MAGIC.len()] != MAGIC {
        return Err(broken());
    }
    let prefix: &[u8; NONCE_PREFIX] = header[MAGIC.len()..].try_into().map_err(|_| broken())?;
    let mut decryptor = Some(DecryptorBE32::from_aead(cipher(key), prefix.into()));
    each_chunk(&mut input, CHUNK + TAG, out, |msg, last| {
        let payload = Payload {
            msg,
            aad: label.as_bytes(),
        };
        let plain = match (last, decryptor.as_mut()) {
            (false, Some(d)) => d.decrypt_next(payload),
            (true, _) => decryptor.take().ok_or_else(broken)?.decrypt_last(payload),
            (false, None) => return Err(broken()),
        };
        plain.map_err(|_| broken())
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> Key {
        Key::from_bytes([byte; 32])
    }

    async fn sealed(plain: &[u8], label: &str) -> Vec<u8> {
        let mut out = Vec::new();
        seal(&key(7), label, plain, &mut out).await.unwrap();
        out
    }

    async fn opened(file: &[u8], key: &Key, label: &str) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        open(key, label, file, &mut out).await.map(|_| out)
    }

    #[tokio::test]
    async fn any_size_round_trips() {
        for size in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5] {
            let plain: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            let file = sealed(&plain, "a").await;
            assert_ne!(&file[file.len().min(27)..], &plain[..], "size {size}");
            assert_eq!(
                opened(&file, &key(7), "a").await.unwrap(),
                plain,
                "size {size}"
            );
        }
    }

    #[tokio::test]
    async fn tampering_truncation_wrong_key_and_wrong_label_fail() {
        let plain = vec![42u8; 2 * CHUNK + 10];
        let file = sealed(&plain, "users/a/x").await;
        let mut flipped = file.clone();
        flipped[40] ^= 1;
        assert!(opened(&flipped, &key(7), "users/a/x").await.is_err());
        // Cut at a chunk boundary: what is left looks whole but is not.
        let cut = &file[..27 + CHUNK + TAG];
        assert!(opened(cut, &key(7), "users/a/x").await.is_err());
        assert!(opened(&file, &key(8), "users/a/x").await.is_err());
        assert!(opened(&file, &key(7), "users/b/x").await.is_err());
        assert!(opened(b"not sealed", &key(7), "users/a/x").await.is_err());
    }

    #[tokio::test]
    async fn the_same_file_seals_differently_each_time() {
        assert_ne!(sealed(b"same", "a").await, sealed(b"same", "a").await);
    }
}
