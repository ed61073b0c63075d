//! Where messages go: an SMTP server (`SMTP_URL`), or, for the embedded
//! default, `.eml` files in `<data dir>/outbox/`, one per message, named by
//! its outbox id. Built once at start-up from the configuration.

use crate::server::config::{Config, redact_url};
use lettre::message::Message;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The longest one SMTP conversation may take. Well inside the job lease
/// (`jobs::LEASE_MS`), so no other worker takes the job over while it runs.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Clone)]
pub enum Mailer {
    /// STARTTLS or TLS as the URL says (`smtp://…?tls=required`, `smtps://…`).
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        /// The URL with any password hidden, for logs.
        shown: String,
    },
    /// `.eml` files in this folder.
    Files { dir: PathBuf },
}

/// Where a message went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// The SMTP server accepted it.
    Smtp,
    /// Written to this file.
    File(PathBuf),
}

impl Mailer {
    pub fn from_config(config: &Config) -> Result<Mailer, String> {
        match &config.smtp_url {
            Some(url) => {
                let shown = redact_url(url.as_str());
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.as_str())
                    .map_err(|e| format!("SMTP_URL {shown}: {e}"))?
                    .timeout(Some(SMTP_TIMEOUT))
                    .build();
                Ok(Mailer::Smtp { transport, shown })
            }
            None => Ok(Mailer::Files {
                dir: config.data_dir.join("outbox"),
            }),
        }
    }

    /// Where messages go, for the start-up log.
    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp { shown, .. } => format!("SMTP at {shown}"),
            Mailer::Files { dir } => format!(".eml files in {}", dir.display()),
        }
    }

    /// Hands one message over. `id` is its outbox id: the file name of the
    /// `.eml` (so writing it again replaces the same file).
    pub async fn send(&self, id: &str, message: &Message) -> Result<Delivery, String> {
        match self {
            Mailer::Smtp { transport, .. } => transport
                .send(message.clone())
                .await
                .map(|_| Delivery::Smtp)
                .map_err(|e| smtp_error(&e)),
            Mailer::Files { dir } => {
                if !is_outbox_id(id) {
                    return Err(format!("not an outbox id: {id:?}"));
                }
                let (dir, id, bytes) = (dir.clone(), id.to_string(), message.formatted());
                tokio::task::spawn_blocking(move || write_eml(&dir, &id, &bytes))
                    .await
                    .map_err(|e| format!("writing the .eml file: {e}"))?
                    .map(Delivery::File)
                    .map_err(|e| format!("writing the .eml file: {e}"))
            }
        }
    }
}

impl Mailer {
    /// Deletes the `.eml` files of the messages `ids` (with the `.eml`
    /// default: an erased account's mail, or messages past their keeping
    /// time). Returns how many there were; with SMTP there are none.
    pub async fn forget(&self, ids: Vec<String>) -> Result<usize, String> {
        let Mailer::Files { dir } = self else {
            return Ok(0);
        };
        let dir = dir.clone();
        tokio::task::spawn_blocking(move || {
            let mut removed = 0;
            for id in ids.iter().filter(|id| is_outbox_id(id)) {
                match std::fs::remove_file(dir.join(format!("{id}.eml"))) {
                    Ok(()) => removed += 1,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(format!("deleting an .eml file: {e}")),
                }
            }
            Ok(removed)
        })
        .await
        .map_err(|e| format!("deleting .eml files: {e}"))?
    }
}

/// An outbox id can name a file: hex digits and dashes only.
fn is_outbox_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// An SMTP failure for logs and the outbox. A server's reply text can quote
/// the recipient's address, so only its code is kept.
fn smtp_error(error: &lettre::transport::smtp::Error) -> String {
    match error.status() {
        Some(code) if error.is_permanent() => format!("SMTP: permanent error ({code})"),
        Some(code) => format!("SMTP: transient error ({code})"),
        None => format!("SMTP: {error}"),
    }
}

/// Writes `<dir>/<id>.eml` atomically (a temporary file, synced, then
/// renamed over), readable only by the server's user: messages hold links
/// that act on accounts.
fn write_eml(dir: &Path, id: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    use std::io::Write;
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{id}.eml"));
    let temp = dir.join(format!(".{id}.eml.tmp"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        options.mode(0o600);
    }
    let mut file = options.open(&temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&temp, &path)?;
    // The rename itself survives a crash only once the folder is synced.
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    Ok(path)
}
