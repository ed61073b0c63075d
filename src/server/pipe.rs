//! A response body written by a task: the task writes into one end of a
//! bounded in-memory pipe while the body reads the other, so the writer
//! waits whenever the client is slower and memory stays flat however much
//! is sent. A failure part-way ends the body with an error, so the client
//! sees a broken download rather than a truncated file that looks whole.

use crate::error::AppError;
use std::future::Future;
use tokio::io::DuplexStream;

/// Bytes the pipe holds.
pub const PIPE_BYTES: usize = 64 * 1024;

/// The body that `produce` writes.
pub fn body<F, Fut>(produce: F) -> axum::body::Body
where
    F: FnOnce(DuplexStream) -> Fut,
    Fut: Future<Output = Result<(), AppError>> + Send + 'static,
{
    use futures_lite::StreamExt;
    let (writer, reader) = tokio::io::duplex(PIPE_BYTES);
    let task = tokio::spawn(produce(writer));
    let outcome = futures_lite::stream::once_future(async move {
        match task.await {
            Ok(Ok(())) => Ok(axum::body::Bytes::new()),
            _ => Err(std::io::Error::other(
                "the download stopped before it was complete",
            )),
        }
    });
    axum::body::Body::from_stream(tokio_util::io::ReaderStream::new(reader).chain(outcome))
}
