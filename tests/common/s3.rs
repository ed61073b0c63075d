//! A real S3-compatible store on loopback for the storage tests: moto's
//! server (from PyPI, installed by `scripts/setup.sh test` into the same
//! venv as aiosmtpd). A server that cannot start fails the test; it never
//! skips.
#![allow(dead_code)]

use super::smtp::{free_port, python_command, spawn};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Child;
use std::time::{Duration, Instant};

/// A running moto server with one empty bucket, stopped when dropped.
pub struct S3Server {
    pub port: u16,
    pub bucket: String,
    child: Child,
    _dir: tempfile::TempDir,
}

impl S3Server {
    pub fn start() -> S3Server {
        let port = free_port();
        let dir = tempfile::tempdir().expect("temp dir");
        let log_path = dir.path().join("moto.log");
        let child = spawn(
            python_command(&log_path)
                .args(["-m", "moto.server", "-H", "127.0.0.1", "-p"])
                .arg(port.to_string()),
        );
        let mut server = S3Server {
            port,
            bucket: "offerline-test".into(),
            child,
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            let exited = server.child.try_wait().expect("moto status");
            if exited.is_some() || Instant::now() > deadline {
                let log = std::fs::read_to_string(&log_path).unwrap_or_default();
                panic!("moto did not start on port {port} ({exited:?}):\n{log}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let status = server.request("PUT", &format!("/{}", server.bucket));
        assert!(
            status.starts_with("HTTP/1.1 200"),
            "creating the bucket: {status}"
        );
        server
    }

    /// The status line of a bare request (moto takes unsigned ones).
    fn request(&self, method: &str, path: &str) -> String {
        let reply = self.raw(method, path);
        String::from_utf8_lossy(&reply)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    }

    /// The bytes of object `key` as the store holds them, read with a
    /// client of its own (not through the app's storage).
    pub async fn object(&self, key: &str) -> Vec<u8> {
        use object_store::ObjectStore;
        let store = object_store::aws::AmazonS3Builder::new()
            .with_bucket_name(&self.bucket)
            .with_endpoint(format!("http://127.0.0.1:{}", self.port))
            .with_allow_http(true)
            .with_region("us-east-1")
            .with_access_key_id("test-key")
            .with_secret_access_key("test-secret")
            .build()
            .expect("an S3 client");
        store
            .get(&object_store::path::Path::from(key))
            .await
            .unwrap_or_else(|e| panic!("{key} is in the bucket: {e}"))
            .bytes()
            .await
            .expect("the object's bytes")
            .to_vec()
    }

    fn raw(&self, method: &str, path: &str) -> Vec<u8> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("moto answers");
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            self.port
        )
        .unwrap();
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).unwrap();
        reply
    }

    /// `STORAGE_URL` for this server, under `prefix`.
    pub fn url(&self, prefix: &str) -> String {
        format!(
            "s3://test-key:test-secret@{}/{prefix}?endpoint=http://127.0.0.1:{}&region=us-east-1",
            self.bucket, self.port
        )
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
