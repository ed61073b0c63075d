//! Precompressed static assets. At start-up, in the background, every
//! `.wasm`, `.js` and `.css` file of the site gets a brotli (`.br`) and a
//! gzip (`.gz`) sibling at the highest levels, unless an up-to-date one is
//! there already; the static file handler serves those as they are. Until
//! then, or when the site folder is read-only, the compression layer
//! compresses on the fly at a cheaper level.

use std::io::Write;
use std::path::{Path, PathBuf};

const COMPRESSIBLE: &[&str] = &["wasm", "js", "css"];

/// Compresses what needs it under `dir`; returns how many files were written.
pub fn precompress(dir: &Path) -> std::io::Result<usize> {
    let mut written = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let source = std::fs::read(&path)?;
        for (suffix, compress) in [
            ("br", brotli_max as fn(&[u8]) -> std::io::Result<Vec<u8>>),
            ("gz", gzip_max),
        ] {
            let target = sibling(&path, suffix);
            if is_fresh(&target, &path) {
                continue;
            }
            let tmp = sibling(&path, &format!("{suffix}.tmp"));
            std::fs::write(&tmp, compress(&source)?)?;
            std::fs::rename(&tmp, &target)?;
            written += 1;
        }
    }
    Ok(written)
}

/// Runs [`precompress`] on a blocking thread and logs the outcome.
pub fn precompress_in_background(dir: PathBuf) {
    tokio::task::spawn_blocking(move || match precompress(&dir) {
        Ok(0) => {}
        Ok(n) => tracing::info!(files = n, dir = %dir.display(), "precompressed static assets"),
        Err(err) => {
            tracing::warn!(%err, dir = %dir.display(), "could not precompress static assets")
        }
    });
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn is_fresh(target: &Path, source: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(target), modified(source)), (Some(t), Some(s)) if t >= s)
}

fn brotli_max(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(data)?;
    }
    Ok(out)
}

fn gzip_max(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data)?;
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_fresh_siblings_once_and_they_decompress() {
        let dir = std::env::temp_dir().join(format!("offerline-assets-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).unwrap();
        let text = "body { color: red; }\n".repeat(200);
        std::fs::write(dir.join("site.css"), &text).unwrap();
        std::fs::write(dir.join("favicon.ico"), b"icon").unwrap();
        assert_eq!(precompress(&dir).unwrap(), 2);
        assert_eq!(
            precompress(&dir).unwrap(),
            0,
            "up to date: nothing rewritten"
        );
        let gz = std::fs::read(dir.join("site.css.gz")).unwrap();
        let mut plain = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut plain)
            .unwrap();
        assert_eq!(plain, text);
        let br = std::fs::read(dir.join("site.css.br")).unwrap();
        let mut plain = String::new();
        std::io::Read::read_to_string(&mut brotli::Decompressor::new(&br[..], 4096), &mut plain)
            .unwrap();
        assert_eq!(plain, text);
        assert!(!dir.join("favicon.ico.br").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
