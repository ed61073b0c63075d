//! Secret keys. Each comes from its environment variable (64 hex characters);
//! on the embedded SQLite default a missing key is generated once into
//! `<data dir>/secrets/`, readable only by the server's user. With PostgreSQL
//! the keys must be configured, so that every instance shares them. There is
//! never a fallback literal.

use rand::TryRngCore;
use std::fmt;
use std::path::Path;

/// 32 secret bytes. Never serialised and never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Key([u8; 32]);

impl Key {
    /// A key made of `bytes` (tests; a server reads its keys from config).
    pub fn from_bytes(bytes: [u8; 32]) -> Key {
        Key(bytes)
    }

    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// HMAC-SHA-256 of `value` under this key, for `purpose` (so one value
    /// hashed for two purposes gives two unrelated hashes), in hex.
    pub fn keyed_hash(&self, purpose: &str, value: &str) -> String {
        use hmac::{Hmac, Mac};
        let mut mac =
            Hmac::<sha2::Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(value.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// Whether `hash` (hex) is [`Key::keyed_hash`] of `value` for
    /// `purpose`, compared in constant time.
    pub fn verify_keyed_hash(&self, purpose: &str, value: &str, hash: &str) -> bool {
        use hmac::{Hmac, Mac};
        let Ok(expected) = hex::decode(hash) else {
            return false;
        };
        let mut mac =
            Hmac::<sha2::Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(value.as_bytes());
        mac.verify_slice(&expected).is_ok()
    }

    fn from_hex(raw: &str) -> Option<Key> {
        let bytes = hex::decode(raw.trim()).ok()?;
        bytes.try_into().ok().map(Key)
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Key(***)")
    }
}

#[derive(Clone, Debug)]
pub struct Secrets {
    /// Signs tokens the server hands out (links in emails, for example).
    pub secret_key: Key,
    /// Encrypts files (documents, prepared exports) before they reach
    /// storage (`crypto.rs`), and the bodies of queued emails
    /// (`mail/sealed.rs`).
    pub document_key: Key,
}

const KEYS: [(&str, &str); 2] = [
    ("OFFERLINE_SECRET_KEY", "secret_key"),
    ("OFFERLINE_DOCUMENT_KEY", "document_key"),
];

pub fn load(
    get: &dyn Fn(&str) -> Option<String>,
    data_dir: &Path,
    may_generate: bool,
) -> Result<Secrets, Vec<String>> {
    let mut problems = Vec::new();
    let mut keys = Vec::new();
    for (var, file) in KEYS {
        let key = match get(var) {
            Some(raw) => Key::from_hex(&raw)
                .ok_or_else(|| format!("{var} must be 64 hexadecimal characters (32 bytes)")),
            None if may_generate => load_or_create(&data_dir.join("secrets").join(file)),
            None => Err(format!(
                "{var} is required with PostgreSQL so that every instance shares it \
                 (64 hex characters, e.g. from `openssl rand -hex 32`)"
            )),
        };
        match key {
            Ok(key) => keys.push(key),
            Err(problem) => problems.push(problem),
        }
    }
    match (problems.is_empty(), keys.pop(), keys.pop()) {
        (true, Some(document_key), Some(secret_key)) => Ok(Secrets {
            secret_key,
            document_key,
        }),
        _ => Err(problems),
    }
}

fn load_or_create(path: &Path) -> Result<Key, String> {
    if path.exists() {
        let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        return Key::from_hex(&raw)
            .ok_or_else(|| format!("{} is not a 64-character hex key", path.display()));
    }
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| format!("no system randomness: {e}"))?;
    write_private(path, &hex::encode(bytes)).map_err(|e| format!("{}: {e}", path.display()))?;
    tracing::info!(path = %path.display(), "generated a new secret key");
    Ok(Key(bytes))
}

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        options.mode(0o600);
    }
    options.open(path)?.write_all(contents.as_bytes())
}
