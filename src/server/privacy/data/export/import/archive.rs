//! Reading an uploaded archive as untrusted input, on a blocking thread.
//!
//! The upload waits in a temporary file, not in memory. The ZIP reader has
//! every check for untrusted archives on, and three limits bound what the
//! archive may unpack to, whatever its headers claim: each file
//! [`MAX_ENTRY_BYTES`] (the ZIP reader counts the bytes it inflates), all
//! files together [`MAX_TOTAL_BYTES`], and one row [`MAX_ROW_BYTES`]. A
//! file's rows are parsed one at a time and handed on, so memory holds one
//! row, never a whole file: a highly repetitive "zip bomb" is refused after
//! reading at most the limits, with little memory.

use super::{damaged, refused};
use crate::error::AppError;
use async_zip::base::read1::ZipOptions;
use async_zip::base::read1::seek::ZipArchiveReader;
use async_zip::error::ZipError;
use futures_lite::future::block_on;
use futures_lite::io::{AssertAsync, BlockOn, BufReader};
use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::cell::Cell;
use std::fs::File;
use std::io::Read;

/// The most one file of an archive may unpack to.
pub const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;
/// The most all the files of an archive may unpack to together.
pub const MAX_TOTAL_BYTES: u64 = 128 * 1024 * 1024;
/// The most one row may take in its file: a card with the longest
/// description and notes takes a few hundred kilobytes.
pub const MAX_ROW_BYTES: u64 = 1024 * 1024;

/// A row as its file holds it.
pub type Row = Map<String, Value>;

/// An uploaded archive, open for reading.
pub struct Archive {
    zip: ZipArchiveReader<BufReader<AssertAsync<File>>>,
    /// Bytes inflated so far, over all files.
    inflated: u64,
}

/// Why reading stopped before the end of a file.
enum Stop {
    /// A limit was reached.
    TooLarge,
    /// The caller refused a row.
    Refused(AppError),
}

/// Counts what is read through it against the archive's and the row's
/// limits, and notes why reading failed.
struct Counted<'a, R> {
    inner: R,
    total: &'a Cell<u64>,
    row: &'a Cell<u64>,
    stop: &'a Cell<Option<Stop>>,
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf).inspect_err(|err| {
            let too_large = err
                .get_ref()
                .and_then(|e| e.downcast_ref::<ZipError>())
                .is_some_and(|e| matches!(e, ZipError::UncompressedSizeAboveMax(_)));
            if too_large {
                self.stop.set(Some(Stop::TooLarge));
            }
        })?;
        self.total.set(self.total.get() + n as u64);
        self.row.set(self.row.get() + n as u64);
        if self.total.get() > MAX_TOTAL_BYTES || self.row.get() > MAX_ROW_BYTES {
            self.stop.set(Some(Stop::TooLarge));
            return Err(std::io::Error::other("over the import's limits"));
        }
        Ok(n)
    }
}

/// Hands each element of a JSON array to `each`, starting each row's
/// byte count afresh.
struct Rows<'a, F> {
    each: F,
    row: &'a Cell<u64>,
    stop: &'a Cell<Option<Stop>>,
}

impl<'de, F: FnMut(Row) -> Result<(), AppError>> Visitor<'de> for Rows<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of rows")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        loop {
            self.row.set(0);
            let Some(row) = seq.next_element::<Row>()? else {
                return Ok(());
            };
            if let Err(error) = (self.each)(row) {
                self.stop.set(Some(Stop::Refused(error)));
                return Err(serde::de::Error::custom("row refused"));
            }
        }
    }
}

impl<'de, F: FnMut(Row) -> Result<(), AppError>> DeserializeSeed<'de> for Rows<'_, F> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl Archive {
    /// Opens the archive in `file`. Blocks: call it off the async workers.
    pub fn open(file: File) -> Result<Archive, AppError> {
        let options = ZipOptions {
            max_uncompressed_size_per_file: MAX_ENTRY_BYTES,
            ..ZipOptions::untrusted()
        };
        let reader = BufReader::new(AssertAsync::new(file));
        let zip = block_on(ZipArchiveReader::open_with_options(reader, options))
            .map_err(|_| refused("error-data-import-not-export"))?;
        Ok(Archive { zip, inflated: 0 })
    }

    /// Whether the archive holds a file called `name`.
    fn index(&self, name: &str) -> Result<Option<usize>, AppError> {
        Ok(self
            .zip
            .inner()
            .find(name.as_bytes())
            .map_err(|_| damaged())?
            .next())
    }

    /// Reads the file `name` through `read`, counted against the limits;
    /// `None` when the archive lacks it.
    fn read<T>(
        &mut self,
        name: &str,
        read: impl FnOnce(&mut dyn Read, &Cell<u64>, &Cell<Option<Stop>>) -> Result<T, ()>,
    ) -> Result<Option<T>, AppError> {
        let Some(index) = self.index(name)? else {
            return Ok(None);
        };
        let file = block_on(self.zip.file(index)).map_err(|err| match err {
            ZipError::UncompressedSizeAboveMax(_) => refused("error-data-import-too-large"),
            _ => damaged(),
        })?;
        let (total, row, stop) = (Cell::new(self.inflated), Cell::new(0), Cell::new(None));
        let mut counted = Counted {
            inner: BlockOn::new(file),
            total: &total,
            row: &row,
            stop: &stop,
        };
        let outcome = read(&mut counted, &row, &stop);
        self.inflated = total.get();
        match (outcome, stop.take()) {
            (Ok(value), None) => Ok(Some(value)),
            (_, Some(Stop::TooLarge)) => Err(refused("error-data-import-too-large")),
            (_, Some(Stop::Refused(error))) => Err(error),
            (Err(()), None) => Err(damaged()),
        }
    }

    /// The JSON document in file `name` (a small one: the manifest).
    pub fn json<T: serde::de::DeserializeOwned>(
        &mut self,
        name: &str,
    ) -> Result<Option<T>, AppError> {
        self.read(name, |reader, _, _| {
            serde_json::from_reader(reader).map_err(|_| ())
        })
    }

    /// Hands every row of the file `name`, a JSON array, to `each` in
    /// turn; the first error `each` answers stops the reading and is
    /// answered. `false` when the archive lacks the file.
    pub fn rows(
        &mut self,
        name: &str,
        each: impl FnMut(Row) -> Result<(), AppError>,
    ) -> Result<bool, AppError> {
        let read = self.read(name, |reader, row, stop| {
            let mut json = serde_json::Deserializer::from_reader(std::io::BufReader::new(reader));
            let rows = Rows { each, row, stop };
            rows.deserialize(&mut json).map_err(|_| ())?;
            json.end().map_err(|_| ())
        })?;
        Ok(read.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_lite::AsyncReadExt;
    use futures_lite::io::Cursor;
    use std::io::Write;

    /// A ZIP whose one file inflates to 1 MiB while its headers say 100
    /// bytes, as a zip bomb's may.
    fn lying_zip() -> Vec<u8> {
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        out.start_file("data/boards.json", zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&vec![b' '; 1024 * 1024]).unwrap();
        let mut bytes = out.finish().unwrap().into_inner();
        let claim = 100u32.to_le_bytes();
        for (signature, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let start = bytes
                .windows(4)
                .position(|w| w == signature)
                .expect("a header");
            bytes[start + at..start + at + 4].copy_from_slice(&claim);
        }
        bytes
    }

    /// The ZIP reader's limit per file counts the bytes it inflates, not
    /// the size a header declares: reading stops just past the limit.
    #[test]
    fn the_zip_readers_limit_counts_inflated_bytes() {
        let options = ZipOptions {
            max_uncompressed_size_per_file: 1000,
            ..ZipOptions::untrusted()
        };
        block_on(async {
            let mut zip = ZipArchiveReader::open_with_options(Cursor::new(lying_zip()), options)
                .await
                .expect("the headers alone look fine");
            let mut file = zip.file(0).await.expect("opens: it claims 100 bytes");
            let mut read = 0;
            let mut buf = [0u8; 256];
            let error = loop {
                match file.read(&mut buf).await {
                    Ok(0) => panic!("read to the end"),
                    Ok(n) => read += n,
                    Err(error) => break error,
                }
            };
            assert!(read <= 1000, "stopped at the limit, after {read} bytes");
            let cause = error.get_ref().and_then(|e| e.downcast_ref::<ZipError>());
            assert!(
                matches!(cause, Some(ZipError::UncompressedSizeAboveMax(1000))),
                "{error:?}"
            );
        });
    }
}
