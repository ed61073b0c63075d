//! A real SMTP server on loopback for the mail tests: `aiosmtpd` (from PyPI,
//! installed by `scripts/setup.sh test`) storing what it receives in a
//! Maildir. Messages are read back with Python's own `email` package, an
//! implementation independent of the one that wrote them.
//!
//! The interpreter is `OFFERLINE_PYTHON`, else the tools venv
//! (`~/.cache/offerline-tools/venv/bin/python`), else `python3`. A server
//! that cannot start fails the test; it never skips.

use serde::Deserialize;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Python that has `aiosmtpd`.
pub fn python() -> PathBuf {
    if let Some(path) = std::env::var_os("OFFERLINE_PYTHON").filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    if let Some(home) = std::env::var_os("HOME") {
        let venv = Path::new(&home).join(".cache/offerline-tools/venv/bin/python");
        if venv.exists() {
            return venv;
        }
    }
    PathBuf::from("python3")
}

/// A command that runs the tests' Python, its output going to `log`.
pub fn python_command(log: &Path) -> Command {
    let log = std::fs::File::create(log).expect("log file");
    let mut command = Command::new(python());
    command
        .stdin(Stdio::null())
        .stdout(log.try_clone().expect("log file"))
        .stderr(log);
    command
}

/// Starts `command`; a Python that cannot run fails the test.
pub fn spawn(command: &mut Command) -> Child {
    command.spawn().unwrap_or_else(|e| {
        panic!(
            "cannot run {} (set OFFERLINE_PYTHON, or run scripts/setup.sh test): {e}",
            python().display()
        )
    })
}

/// A loopback port nobody listens on (at the time of asking).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// A running `aiosmtpd`, stopped when dropped.
pub struct SmtpServer {
    pub port: u16,
    child: Child,
    dir: tempfile::TempDir,
}

impl SmtpServer {
    pub fn start() -> SmtpServer {
        SmtpServer::start_on(free_port())
    }

    pub fn start_on(port: u16) -> SmtpServer {
        SmtpServer::launch(port, false)
    }

    /// A server that answers every recipient with a temporary failure
    /// (`450`), quoting the address as real servers do.
    pub fn start_rejecting() -> SmtpServer {
        SmtpServer::launch(free_port(), true)
    }

    fn launch(port: u16, reject: bool) -> SmtpServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let log_path = dir.path().join("aiosmtpd.log");
        std::fs::write(dir.path().join("offerline_reject.py"), REJECTING_HANDLER)
            .expect("handler file");
        let mut command = python_command(&log_path);
        command
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"));
        if reject {
            command.args(["-c", "offerline_reject.Reject"]);
        } else {
            command
                .args(["-c", "aiosmtpd.handlers.Mailbox"])
                .arg(dir.path().join("maildir"));
        }
        let child = spawn(command.env("PYTHONPATH", dir.path()));
        let python = python();
        let mut server = SmtpServer { port, child, dir };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return server;
            }
            let exited = server.child.try_wait().expect("aiosmtpd status");
            if exited.is_some() || Instant::now() > deadline {
                let log = std::fs::read_to_string(&log_path).unwrap_or_default();
                panic!(
                    "aiosmtpd ({}) did not start on port {port} ({exited:?}):\n{log}",
                    python.display()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `smtp://127.0.0.1:<port>` (plain SMTP: it is loopback).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far, oldest first.
    pub fn received(&self) -> Vec<Received> {
        let new = self.dir.path().join("maildir/new");
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&new) {
            Ok(entries) => entries.map(|e| e.expect("maildir entry").path()).collect(),
            Err(_) => Vec::new(),
        };
        files.sort();
        parse_messages(&files)
    }

    /// Waits until `count` messages arrived, then returns them all.
    pub fn wait_for(&self, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let received = self.received();
            if received.len() >= count || Instant::now() > deadline {
                return received;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A received message, decoded by Python's `email` package.
#[derive(Debug, Clone, Deserialize)]
pub struct Received {
    /// The envelope recipients, as the server saw them (`X-RcptTo`).
    pub rcpt_to: Option<String>,
    pub from: String,
    pub to: String,
    pub subject: String,
    pub message_id: String,
    pub content_type: String,
    pub content_language: Option<String>,
    pub auto_submitted: Option<String>,
    /// The content types of the leaf parts, in order.
    pub parts: Vec<String>,
    pub text: Option<String>,
    pub html: Option<String>,
}

const REJECTING_HANDLER: &str = r#"
class Reject:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return "450 4.2.1 Mailbox <%s> is busy, try later" % address
"#;

const PARSER: &str = r#"
import email, email.policy, json, sys
out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    out.append({
        "rcpt_to": msg.get("X-RcptTo"),
        "from": str(msg.get("From", "")),
        "to": str(msg.get("To", "")),
        "subject": str(msg.get("Subject", "")),
        "message_id": str(msg.get("Message-ID", "")),
        "content_type": msg.get_content_type(),
        "content_language": msg.get("Content-Language"),
        "auto_submitted": msg.get("Auto-Submitted"),
        "parts": [p.get_content_type() for p in msg.walk() if not p.is_multipart()],
        "text": text.get_content() if text is not None else None,
        "html": html.get_content() if html is not None else None,
    })
json.dump(out, sys.stdout)
"#;

/// Parses email files (Maildir messages or `.eml` files) with Python.
pub fn parse_messages(files: &[PathBuf]) -> Vec<Received> {
    if files.is_empty() {
        return Vec::new();
    }
    let output = Command::new(python())
        .args(["-c", PARSER])
        .args(files)
        .output()
        .expect("run the Python message parser");
    assert!(
        output.status.success(),
        "parsing messages failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("parser output is JSON")
}
