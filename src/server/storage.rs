//! File storage: local disk under `<data dir>/files` by default, or any
//! S3-compatible store named by `STORAGE_URL` (`s3://bucket/prefix`, with
//! `?endpoint=http://…&region=…` for a store other than AWS; credentials
//! as `s3://key:secret@bucket`, or from the usual `AWS_ACCESS_KEY_ID` and
//! `AWS_SECRET_ACCESS_KEY`), so several instances can share one. Built on the `object_store` crate.
//!
//! Every file is sealed (`crypto.rs`) on its way in and opened on its way
//! out; both stream, so memory does not grow with the file. Each person's
//! files live under `users/<user id>/`, which is how erasure finds them
//! all ([`Storage::delete_prefix`]).

use crate::error::AppError;
use crate::server::config::Config;
use crate::server::crypto;
use crate::server::secrets::Key;
use object_store::ObjectStore;
use object_store::path::Path;
use std::future::Future;
use std::sync::Arc;
use tokio::io::{AsyncWriteExt, DuplexStream};

/// The part size of uploads: the smallest S3 takes for a multipart upload.
const PART_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
    key: Key,
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Storage({})", self.store)
    }
}

fn failed(err: impl std::fmt::Display) -> AppError {
    tracing::warn!(%err, "storage failed");
    AppError::internal()
}

/// The folder of one person's files.
pub fn user_prefix(user_id: &str) -> String {
    format!("users/{user_id}/")
}

impl Storage {
    /// The store the configuration names.
    pub fn from_config(config: &Config) -> Result<Storage, String> {
        let key = config.secrets.document_key.clone();
        match &config.storage_url {
            None => Storage::local(&config.data_dir.join("files"), key),
            Some(url) if url.scheme() == "file" => {
                let dir = url
                    .to_file_path()
                    .map_err(|_| format!("STORAGE_URL {url} is not a local path"))?;
                Storage::local(&dir, key)
            }
            Some(url) => Storage::s3(url, key),
        }
    }

    /// Files in the folder `dir`, created if missing.
    pub fn local(dir: &std::path::Path, key: Key) -> Result<Storage, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let store = object_store::local::LocalFileSystem::new_with_prefix(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .with_automatic_cleanup(true);
        Ok(Storage {
            store: Arc::new(store),
            key,
        })
    }

    fn s3(url: &url::Url, key: Key) -> Result<Storage, String> {
        use object_store::aws::AmazonS3Builder;
        let bucket = url.host_str().ok_or("STORAGE_URL names no bucket")?;
        let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
        if !url.username().is_empty() {
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            builder = builder
                .with_access_key_id(decode(url.username()))
                .with_secret_access_key(decode(url.password().unwrap_or_default()));
        }
        for (name, value) in url.query_pairs() {
            builder = match name.as_ref() {
                "endpoint" => builder
                    .with_allow_http(value.starts_with("http://"))
                    .with_endpoint(value.as_ref()),
                "region" => builder.with_region(value.as_ref()),
                other => return Err(format!("STORAGE_URL: unknown option {other:?}")),
            };
        }
        let store = builder.build().map_err(|e| format!("STORAGE_URL: {e}"))?;
        let prefix = url.path().trim_matches('/');
        let store: Arc<dyn ObjectStore> = if prefix.is_empty() {
            Arc::new(store)
        } else {
            Arc::new(object_store::prefix::PrefixStore::new(store, prefix))
        };
        Ok(Storage { store, key })
    }

    /// Stores, sealed under `name`, what `produce` writes into its pipe;
    /// returns what it returned and the bytes stored. Nothing is kept when
    /// either side fails.
    pub async fn put<T, F, Fut>(&self, name: &str, produce: F) -> Result<(T, u64), AppError>
    where
        F: FnOnce(DuplexStream) -> Fut,
        Fut: Future<Output = Result<T, AppError>>,
    {
        let path = Path::from(name);
        let mut upload =
            object_store::buffered::BufWriter::with_capacity(self.store.clone(), path, PART_BYTES);
        let (writer, reader) = tokio::io::duplex(crate::server::pipe::PIPE_BYTES);
        let (produced, sealed) = tokio::join!(
            produce(writer),
            crypto::seal(&self.key, name, reader, &mut upload)
        );
        match (produced, sealed) {
            (Ok(value), Ok(bytes)) => {
                upload.shutdown().await.map_err(failed)?;
                Ok((value, bytes))
            }
            (produced, sealed) => {
                if let Err(err) = upload.abort().await {
                    tracing::warn!(%err, "an unfinished upload could not be cancelled");
                }
                produced?;
                Err(failed(
                    sealed.err().map_or_else(String::new, |e| e.to_string()),
                ))
            }
        }
    }

    /// Writes the opened file `name` into `out`; returns its size.
    pub async fn open<W>(&self, name: &str, out: &mut W) -> Result<u64, AppError>
    where
        W: tokio::io::AsyncWrite + Unpin,
    {
        use futures_lite::StreamExt;
        let path = Path::from(name);
        let file = self.store.get(&path).await.map_err(|err| match err {
            object_store::Error::NotFound { .. } => AppError::NotFound,
            err => failed(err),
        })?;
        let stream = file.into_stream().map(|r| r.map_err(std::io::Error::other));
        let reader = tokio_util::io::StreamReader::new(stream);
        let size = crypto::open(&self.key, name, reader, out)
            .await
            .map_err(failed)?;
        out.shutdown().await.map_err(failed)?;
        Ok(size)
    }

    /// Deletes the file `name`; one that is already gone is no error.
    pub async fn delete(&self, name: &str) -> Result<(), AppError> {
        match self.store.delete(&Path::from(name)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(err) => Err(failed(err)),
        }
    }

    /// The names of every file under `prefix` (`""`: all of them).
    pub async fn list(&self, prefix: &str) -> Result<Vec<String>, AppError> {
        use futures_lite::StreamExt;
        let prefix = Path::from(prefix);
        let prefix = (!prefix.as_ref().is_empty()).then_some(&prefix);
        let mut names = Vec::new();
        let mut listing = self.store.list(prefix);
        while let Some(meta) = listing.next().await {
            names.push(meta.map_err(failed)?.location.to_string());
        }
        Ok(names)
    }

    /// Deletes every file under `prefix`; returns how many.
    pub async fn delete_prefix(&self, prefix: &str) -> Result<usize, AppError> {
        let names = self.list(prefix).await?;
        for name in &names {
            self.delete(name).await?;
        }
        Ok(names.len())
    }
}
