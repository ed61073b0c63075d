//! Configuration: environment variables, optionally preloaded from a file
//! named by `OFFERLINE_CONFIG` (same `NAME=value` lines, environment wins),
//! plus Leptos.toml for the web runtime. Everything is validated at start-up
//! and every problem is reported at once.

use crate::server::secrets::{self, Secrets};
use leptos::config::LeptosOptions;
use lettre::message::Mailbox;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;
use url::Url;

/// The longest retention window the product promises never to exceed.
pub const MAX_RETENTION_DAYS: u32 = 90;

pub struct Config {
    pub leptos: LeptosOptions,
    pub data_dir: PathBuf,
    pub database_url: String,
    /// The public URL, for links in emails and the Origin check.
    pub base_url: Url,
    /// `None`: emails are written as .eml files into `<data dir>/outbox`.
    pub smtp_url: Option<Url>,
    /// The sender of every email (`OFFERLINE_MAIL_FROM`).
    pub mail_from: Mailbox,
    /// `None`: files (prepared exports, documents) are kept under
    /// `<data dir>/files` (`storage.rs`).
    pub storage_url: Option<Url>,
    pub retention_days: u32,
    /// Days raw usage events are kept before the prune job deletes them
    /// (`OFFERLINE_ANALYTICS_RETENTION_DAYS`); daily aggregates stay (P13).
    pub analytics_retention_days: u32,
    /// Accounts with more rows than this get their export prepared by the
    /// job worker and a link by email instead of a download at once
    /// (`OFFERLINE_EXPORT_BACKGROUND_ROWS`).
    pub export_background_rows: i64,
    /// Days a deleted account waits, disabled, before the purge; signing in
    /// within them cancels the deletion. Always shorter than the retention
    /// window, so the purge finishes inside it.
    pub deletion_grace_days: u32,
    pub privacy_contact: Option<String>,
    pub data_location: Option<String>,
    /// Where support tickets are emailed (`OFFERLINE_SUPPORT_EMAIL`); `None`:
    /// they are only stored, for staff to read in the app.
    pub support_email: Option<lettre::Address>,
    /// Whether those emails carry the ticket's subject and message
    /// (`OFFERLINE_SUPPORT_EMAIL_CONTENT=full`), or only its reference and
    /// a link to it in the app (`link`, the default), where opening it is
    /// audited.
    pub support_email_full: bool,
    pub request_timeout: Duration,
    pub max_body_bytes: usize,
    /// The largest document file one upload takes
    /// (`OFFERLINE_MAX_UPLOAD_MB`); always below the body limit.
    pub max_upload_bytes: u64,
    /// The room each person's document files may take in all
    /// (`OFFERLINE_USER_QUOTA_MB`).
    pub user_quota_bytes: u64,
    /// A session unused for this long ends.
    pub session_idle: Duration,
    /// No session lives longer than this, used or not.
    pub session_lifetime: Duration,
    /// Take the client address from the last `X-Forwarded-For` entry (set
    /// only behind a reverse proxy that writes it).
    pub trust_proxy: bool,
    /// Password hashes computed at once (each takes 19 MiB and one core).
    pub hash_concurrency: usize,
    pub secrets: Secrets,
}

/// Every problem found in the configuration.
#[derive(Debug)]
pub struct ConfigError(pub Vec<String>);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "invalid configuration:")?;
        for problem in &self.0 {
            writeln!(f, "  - {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("data_dir", &self.data_dir)
            .field("database", &redact_url(&self.database_url))
            .field("base_url", &self.base_url.as_str())
            .field(
                "smtp",
                &self.smtp_url.as_ref().map(|u| redact_url(u.as_str())),
            )
            .field(
                "storage",
                &self.storage_url.as_ref().map(|u| redact_url(u.as_str())),
            )
            .field("mail_from", &self.mail_from.to_string())
            .field("retention_days", &self.retention_days)
            .field("deletion_grace_days", &self.deletion_grace_days)
            .finish_non_exhaustive()
    }
}

impl Config {
    /// Reads the process environment (after the optional config file) and
    /// Leptos.toml, then loads or creates the secrets.
    pub fn load() -> Result<Config, ConfigError> {
        if let Ok(file) = std::env::var("OFFERLINE_CONFIG") {
            dotenvy::from_path(&file)
                .map_err(|e| ConfigError(vec![format!("OFFERLINE_CONFIG={file}: {e}")]))?;
        }
        let leptos = leptos_options()?;
        Config::from_lookup(&|name| std::env::var(name).ok(), leptos)
    }

    /// Builds the configuration from `get` (a variable lookup), so tests can
    /// pass their own environment.
    pub fn from_lookup(
        get: &dyn Fn(&str) -> Option<String>,
        leptos: LeptosOptions,
    ) -> Result<Config, ConfigError> {
        let mut problems = Vec::new();
        let get = |name: &str| {
            get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };

        let data_dir = PathBuf::from(get("OFFERLINE_DATA_DIR").unwrap_or_else(|| "./data".into()));
        let database_url = get("DATABASE_URL").unwrap_or_else(|| default_sqlite_url(&data_dir));
        let embedded = database_url.starts_with("sqlite:");
        if !embedded
            && !database_url.starts_with("postgres://")
            && !database_url.starts_with("postgresql://")
        {
            problems.push("DATABASE_URL must start with sqlite: or postgres://".to_string());
        }

        let base_url = match get("OFFERLINE_BASE_URL") {
            Some(raw) => parse_url(
                "OFFERLINE_BASE_URL",
                &raw,
                &["http", "https"],
                &mut problems,
            ),
            None => Url::parse(&format!("http://{}", leptos.site_addr)).ok(),
        };
        let smtp_url = get("SMTP_URL")
            .and_then(|raw| parse_url("SMTP_URL", &raw, &["smtp", "smtps"], &mut problems));
        let mail_from = match (get("OFFERLINE_MAIL_FROM"), &base_url) {
            (Some(raw), _) => parse_mailbox("OFFERLINE_MAIL_FROM", &raw, &mut problems),
            (None, Some(base)) => default_mail_from(base, &mut problems),
            (None, None) => None,
        };
        let storage_url = get("STORAGE_URL")
            .and_then(|raw| parse_url("STORAGE_URL", &raw, &["file", "s3"], &mut problems));

        let retention_days = number(
            &get,
            "OFFERLINE_RETENTION_DAYS",
            30,
            1..=MAX_RETENTION_DAYS as u64,
            &mut problems,
        ) as u32;
        let deletion_grace_days = number(
            &get,
            "OFFERLINE_DELETION_GRACE_DAYS",
            7,
            0..=MAX_RETENTION_DAYS as u64,
            &mut problems,
        ) as u32;
        if deletion_grace_days >= retention_days {
            problems.push(format!(
                "OFFERLINE_DELETION_GRACE_DAYS ({deletion_grace_days}) must be shorter than OFFERLINE_RETENTION_DAYS ({retention_days}), so the purge ends within the retention window"
            ));
        }
        let export_background_rows = number(
            &get,
            "OFFERLINE_EXPORT_BACKGROUND_ROWS",
            20_000,
            0..=100_000_000,
            &mut problems,
        ) as i64;
        let analytics_retention_days = number(
            &get,
            "OFFERLINE_ANALYTICS_RETENTION_DAYS",
            90,
            1..=3650,
            &mut problems,
        ) as u32;
        let timeout_secs = number(
            &get,
            "OFFERLINE_REQUEST_TIMEOUT_SECS",
            30,
            1..=600,
            &mut problems,
        );
        let max_body_mb = number(&get, "OFFERLINE_MAX_BODY_MB", 16, 1..=1024, &mut problems);
        // Unset, it stays below the body limit by itself: a server that
        // lowered OFFERLINE_MAX_BODY_MB keeps starting.
        let upload_default = 10.min(max_body_mb.saturating_sub(1)).max(1);
        let explicit_upload = get("OFFERLINE_MAX_UPLOAD_MB").is_some();
        let max_upload_mb = number(
            &get,
            "OFFERLINE_MAX_UPLOAD_MB",
            upload_default,
            1..=1023,
            &mut problems,
        );
        if explicit_upload && max_upload_mb >= max_body_mb {
            problems.push(format!(
                "OFFERLINE_MAX_UPLOAD_MB ({max_upload_mb}) must be smaller than OFFERLINE_MAX_BODY_MB ({max_body_mb}), which bounds every request, the upload form's included"
            ));
        }
        let user_quota_mb = number(
            &get,
            "OFFERLINE_USER_QUOTA_MB",
            200,
            1..=1_000_000,
            &mut problems,
        );

        let idle_hours = number(
            &get,
            "OFFERLINE_SESSION_IDLE_HOURS",
            7 * 24,
            1..=90 * 24,
            &mut problems,
        );
        let lifetime_days = number(
            &get,
            "OFFERLINE_SESSION_LIFETIME_DAYS",
            30,
            1..=365,
            &mut problems,
        );
        let trust_proxy = match get("OFFERLINE_TRUST_PROXY").as_deref() {
            None | Some("0" | "false" | "no") => false,
            Some("1" | "true" | "yes") => true,
            Some(other) => {
                problems.push(format!(
                    "OFFERLINE_TRUST_PROXY must be true or false (got {other:?})"
                ));
                false
            }
        };
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get()) as u64;
        let hash_concurrency = number(
            &get,
            "OFFERLINE_HASH_CONCURRENCY",
            cores,
            1..=256,
            &mut problems,
        ) as usize;

        let privacy_contact = get("OFFERLINE_PRIVACY_CONTACT");
        let data_location = get("OFFERLINE_DATA_LOCATION");
        let support_email = get("OFFERLINE_SUPPORT_EMAIL").and_then(|raw| {
            raw.parse::<lettre::Address>()
                .map_err(|e| {
                    problems.push(format!(
                        "OFFERLINE_SUPPORT_EMAIL must be an email address ({e})"
                    ))
                })
                .ok()
        });

        let support_email_full = match get("OFFERLINE_SUPPORT_EMAIL_CONTENT").as_deref() {
            None | Some("link") => false,
            Some("full") => true,
            Some(other) => {
                problems.push(format!(
                    "OFFERLINE_SUPPORT_EMAIL_CONTENT must be link or full (got {other:?})"
                ));
                false
            }
        };

        let secrets = match secrets::load(&get, &data_dir, embedded) {
            Ok(secrets) => Some(secrets),
            Err(mut errs) => {
                problems.append(&mut errs);
                None
            }
        };

        match (base_url, mail_from, secrets) {
            (Some(base_url), Some(mail_from), Some(secrets)) if problems.is_empty() => Ok(Config {
                leptos,
                data_dir,
                database_url,
                base_url,
                smtp_url,
                mail_from,
                storage_url,
                retention_days,
                analytics_retention_days,
                export_background_rows,
                deletion_grace_days,
                privacy_contact,
                data_location,
                support_email,
                support_email_full,
                request_timeout: Duration::from_secs(timeout_secs),
                max_body_bytes: (max_body_mb as usize) * 1024 * 1024,
                max_upload_bytes: max_upload_mb * 1024 * 1024,
                user_quota_bytes: user_quota_mb * 1024 * 1024,
                session_idle: Duration::from_secs(idle_hours * 3600),
                session_lifetime: Duration::from_secs(lifetime_days * 24 * 3600),
                trust_proxy,
                hash_concurrency,
                secrets,
            }),
            _ => Err(ConfigError(problems)),
        }
    }

    /// Whether the public site is served over HTTPS (secure cookies, HSTS).
    pub fn is_https(&self) -> bool {
        self.base_url.scheme() == "https"
    }

    /// The absolute URL of `path` (which may carry a query) on this site.
    pub fn link(&self, path: &str) -> String {
        let mut url = self.base_url.clone();
        match path.split_once('?') {
            Some((path, query)) => {
                url.set_path(path);
                url.set_query(Some(query));
            }
            None => url.set_path(path),
        }
        url.to_string()
    }

    /// The public origin, as browsers send it in `Origin`.
    pub fn origin(&self) -> String {
        self.base_url.origin().ascii_serialization()
    }
}

/// Leptos' runtime settings: Leptos.toml when present (a deployed binary has
/// no Cargo.toml), `LEPTOS_*` variables override either way.
pub fn leptos_options() -> Result<LeptosOptions, ConfigError> {
    let file = Path::new("Leptos.toml").exists().then_some("Leptos.toml");
    leptos::config::get_configuration(file)
        .map(|conf| conf.leptos_options)
        .map_err(|e| ConfigError(vec![format!("Leptos settings: {e}")]))
}

fn default_sqlite_url(data_dir: &Path) -> String {
    format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("offerline.db").display()
    )
}

fn parse_url(name: &str, raw: &str, schemes: &[&str], problems: &mut Vec<String>) -> Option<Url> {
    match Url::parse(raw) {
        Ok(url) if schemes.contains(&url.scheme()) => Some(url),
        Ok(_) => {
            problems.push(format!("{name} must use one of: {}", schemes.join(", ")));
            None
        }
        Err(e) => {
            problems.push(format!("{name} is not a valid URL: {e}"));
            None
        }
    }
}

fn parse_mailbox(name: &str, raw: &str, problems: &mut Vec<String>) -> Option<Mailbox> {
    match raw.parse::<Mailbox>() {
        Ok(mailbox) => Some(mailbox),
        Err(e) => {
            problems.push(format!(
                "{name} must be a mailbox such as `Offerline <no-reply@example.org>` ({e})"
            ));
            None
        }
    }
}

/// `Offerline <no-reply@HOST>`, HOST being the public URL's host.
fn default_mail_from(base_url: &Url, problems: &mut Vec<String>) -> Option<Mailbox> {
    let mailbox = base_url
        .host_str()
        .and_then(|host| format!("Offerline <no-reply@{host}>").parse().ok());
    if mailbox.is_none() {
        problems.push(format!(
            "OFFERLINE_MAIL_FROM must be set: no sender can be derived from {base_url}"
        ));
    }
    mailbox
}

fn number(
    get: &dyn Fn(&str) -> Option<String>,
    name: &str,
    default: u64,
    range: std::ops::RangeInclusive<u64>,
    problems: &mut Vec<String>,
) -> u64 {
    let Some(raw) = get(name) else { return default };
    match raw.parse::<u64>() {
        Ok(n) if range.contains(&n) => n,
        _ => {
            problems.push(format!(
                "{name} must be a whole number from {} to {} (got {raw:?})",
                range.start(),
                range.end()
            ));
            default
        }
    }
}

/// A URL with any password replaced, fit for logs.
pub fn redact_url(raw: &str) -> String {
    match Url::parse(raw) {
        Ok(mut url) if url.password().is_some() => {
            let _ = url.set_password(Some("***"));
            url.to_string()
        }
        _ => raw.to_string(),
    }
}
