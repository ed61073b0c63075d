//! An uploaded file on its way in: written chunk by chunk to a temporary
//! file (deleted once closed) while its size, SHA-256 and first bytes are
//! taken, so memory does not grow with the file; then its type is decided
//! from its bytes (the `infer` crate's magic numbers for PDF, DOCX, ODT
//! and RTF; valid UTF-8 without NUL for plain text and Markdown), never
//! from its name or the browser's word. A file whose bytes are of another
//! type (an executable, an image, an archive, HTML) is refused, and so is
//! one whose name claims a document type its bytes are not. The name is
//! made safe to store and to offer back as a download name.

use crate::error::AppError;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncSeekExt, AsyncWriteExt};

/// The bytes kept for deciding the type.
const HEAD_BYTES: usize = 64 * 1024;
/// The longest stored file name, in characters.
pub const NAME_MAX: usize = 100;

/// A type of file Offerline keeps as a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileType {
    pub media_type: &'static str,
    /// The extensions a file of this type is named with, the usual first.
    pub extensions: &'static [&'static str],
}

pub const PDF: FileType = FileType {
    media_type: "application/pdf",
    extensions: &["pdf"],
};
pub const DOCX: FileType = FileType {
    media_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: &["docx"],
};
pub const ODT: FileType = FileType {
    media_type: "application/vnd.oasis.opendocument.text",
    extensions: &["odt"],
};
pub const RTF: FileType = FileType {
    media_type: "application/rtf",
    extensions: &["rtf"],
};
pub const TEXT: FileType = FileType {
    media_type: "text/plain; charset=utf-8",
    extensions: &["txt", "text"],
};
pub const MARKDOWN: FileType = FileType {
    media_type: "text/markdown; charset=utf-8",
    extensions: &["md", "markdown"],
};

/// Every type a document may be.
pub const TYPES: &[FileType] = &[PDF, DOCX, ODT, RTF, TEXT, MARKDOWN];

/// Whether bytes seen so far are UTF-8 text without NUL, a chunk at a
/// time (a character may straddle two chunks).
#[derive(Debug, Default)]
struct Utf8Check {
    carry: Vec<u8>,
    broken: bool,
}

impl Utf8Check {
    fn push(&mut self, chunk: &[u8]) {
        if self.broken {
            return;
        }
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(chunk);
        let valid = match std::str::from_utf8(&bytes) {
            Ok(_) => bytes.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => {
                self.broken = true;
                return;
            }
        };
        if bytes[..valid].contains(&0) {
            self.broken = true;
            return;
        }
        self.carry = bytes[valid..].to_vec();
    }

    fn is_text(&self) -> bool {
        !self.broken && self.carry.is_empty()
    }
}

/// A file being received.
pub struct Incoming {
    file: tokio::fs::File,
    name: String,
    size: u64,
    max: u64,
    hasher: Sha256,
    head: Vec<u8>,
    utf8: Utf8Check,
}

/// A file received whole, of a type Offerline keeps.
pub struct Received {
    pub file: tokio::fs::File,
    pub file_type: FileType,
    /// The name to store and offer back, made safe.
    pub name: String,
    pub size: u64,
    pub sha256: String,
}

impl std::fmt::Debug for Received {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Received")
            .field("type", &self.file_type.media_type)
            .field("name", &self.name)
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

fn io_failed(err: std::io::Error) -> AppError {
    tracing::warn!(%err, "an upload could not be written to a temporary file");
    AppError::internal()
}

impl Incoming {
    /// Starts receiving the file the browser named `name`, of at most
    /// `max` bytes.
    pub fn start(name: &str, max: u64) -> Result<Incoming, AppError> {
        let file = tempfile::tempfile().map_err(io_failed)?;
        Ok(Incoming {
            file: tokio::fs::File::from_std(file),
            name: name.to_string(),
            size: 0,
            max,
            hasher: Sha256::new(),
            head: Vec::new(),
            utf8: Utf8Check::default(),
        })
    }

    /// Takes the next chunk; a file past the limit is refused with
    /// `TooLarge` (413).
    pub async fn push(&mut self, chunk: &[u8]) -> Result<(), AppError> {
        self.size += chunk.len() as u64;
        if self.size > self.max {
            return Err(AppError::TooLarge {
                max_bytes: self.max,
            });
        }
        if self.head.len() < HEAD_BYTES {
            let room = HEAD_BYTES - self.head.len();
            self.head.extend_from_slice(&chunk[..chunk.len().min(room)]);
        }
        self.hasher.update(chunk);
        self.utf8.push(chunk);
        self.file.write_all(chunk).await.map_err(io_failed)
    }

    /// The whole file, its type decided by its bytes; a file of a type
    /// Offerline does not keep, or whose name says another, is refused at
    /// the `file` field.
    pub async fn finish(mut self) -> Result<Received, AppError> {
        if self.size == 0 {
            return Err(AppError::field("file", "error-document-empty"));
        }
        let file_type = detect(&self.head, self.utf8.is_text(), &self.name)
            .map_err(|key| AppError::field("file", key))?;
        self.file.flush().await.map_err(io_failed)?;
        self.file.rewind().await.map_err(io_failed)?;
        Ok(Received {
            file: self.file,
            name: safe_name(&self.name, file_type),
            file_type,
            size: self.size,
            sha256: hex::encode(self.hasher.finalize()),
        })
    }
}

/// The lower-case extension of `name`, if it has one.
fn extension(name: &str) -> Option<String> {
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_lowercase())
}

/// The type of a file from its first bytes (`head`) and whether the whole
/// is text; its `name` may not claim another known type. Answers the
/// translation key of the refusal.
pub fn detect(head: &[u8], is_text: bool, name: &str) -> Result<FileType, &'static str> {
    let by_bytes = match infer::get(head) {
        _ if is_word(head) => DOCX,
        Some(found) => match found.mime_type() {
            "application/pdf" => PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => DOCX,
            "application/vnd.oasis.opendocument.text" => ODT,
            "application/rtf" => RTF,
            _ => return Err("error-document-type"),
        },
        None if is_text => match extension(name).as_deref() {
            Some("md" | "markdown") => MARKDOWN,
            _ => TEXT,
        },
        None => return Err("error-document-type"),
    };
    match extension(name) {
        Some(ext)
            if TYPES.iter().any(|t| t.extensions.contains(&ext.as_str()))
                && !by_bytes.extensions.contains(&ext.as_str()) =>
        {
            Err("error-document-mismatch")
        }
        _ => Ok(by_bytes),
    }
}

/// The names of the ZIP entries whose local headers lie in `head`.
fn zip_entries(head: &[u8]) -> Vec<&[u8]> {
    const SIGNATURE: &[u8] = b"PK\x03\x04";
    let mut names = Vec::new();
    let mut at = 0;
    while let Some(found) = head[at..].windows(4).position(|w| w == SIGNATURE) {
        let start = at + found;
        let Some(len) = head.get(start + 26..start + 28) else {
            break;
        };
        let len = u16::from_le_bytes([len[0], len[1]]) as usize;
        if let Some(name) = head.get(start + 30..start + 30 + len) {
            names.push(name);
        }
        at = start + 4;
    }
    names
}

/// Whether `head` starts a Word document (Office Open XML): a ZIP whose
/// parts include `[Content_Types].xml` and the `word/` folder. `infer`
/// alone knows one only by its fourth part, which a small file may not
/// have.
fn is_word(head: &[u8]) -> bool {
    if !head.starts_with(b"PK\x03\x04") {
        return false;
    }
    let names = zip_entries(head);
    names.contains(&b"[Content_Types].xml".as_slice())
        && names.iter().any(|n| n.starts_with(b"word/"))
}

/// The name a browser sent, made safe: its last path part, letters,
/// digits, spaces and `.-_()` kept (anything else becomes `_`), no leading
/// dot, at most [`NAME_MAX`] characters, ending with its type's extension.
pub fn safe_name(sent: &str, file_type: FileType) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut name = String::new();
    for c in last.chars() {
        let keep = c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '(' | ')');
        let c = if keep { c } else { '_' };
        if !(c == '_' && name.ends_with('_')) {
            name.push(c);
        }
    }
    let mut name = name
        .trim_start_matches(['.', ' '])
        .trim_end_matches([' ', '.'])
        .to_string();
    let usual = file_type.extensions[0];
    let has_own = extension(&name).is_some_and(|e| file_type.extensions.contains(&e.as_str()));
    if !has_own {
        if name.is_empty() {
            name = "document".into();
        }
        name = format!("{name}.{usual}");
    }
    if name.chars().count() > NAME_MAX {
        let ext = extension(&name).unwrap_or_else(|| usual.to_string());
        let keep = NAME_MAX - ext.chars().count() - 1;
        let stem: String = name.chars().take(keep).collect();
        name = format!("{}.{ext}", stem.trim_end());
    }
    name
}

/// The `Content-Disposition` of a download of `name`: always an
/// attachment, with an ASCII name for every browser and the exact name
/// (RFC 5987) for those that read it.
pub fn attachment(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '(' | ')') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let exact = percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC);
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{exact}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF_BYTES: &[u8] = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
    const ELF: &[u8] = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0";

    #[test]
    fn pdf_and_text_are_known_by_their_bytes() {
        assert_eq!(detect(PDF_BYTES, false, "cv.pdf"), Ok(PDF));
        assert_eq!(detect(PDF_BYTES, false, "cv"), Ok(PDF));
        assert_eq!(detect(b"# Me\n", true, "cv.md"), Ok(MARKDOWN));
        assert_eq!(detect("Été\n".as_bytes(), true, "notes.txt"), Ok(TEXT));
        assert_eq!(detect(b"plain", true, "notes"), Ok(TEXT));
        assert_eq!(detect(b"{\\rtf1\\ansi Hi}", true, "letter.rtf"), Ok(RTF));
    }

    #[test]
    fn office_documents_are_known_by_their_bytes() {
        let docx = include_bytes!("../../../end2end/fixtures/letter.docx");
        assert_eq!(detect(docx, false, "letter.docx"), Ok(DOCX));
        assert_eq!(detect(docx, false, "letter"), Ok(DOCX));
        assert_eq!(
            detect(docx, false, "letter.pdf"),
            Err("error-document-mismatch")
        );
        let odt = include_bytes!("../../../end2end/fixtures/letter.odt");
        assert_eq!(detect(odt, false, "letter.odt"), Ok(ODT));
        let pdf = include_bytes!("../../../end2end/fixtures/resume.pdf");
        assert_eq!(detect(pdf, false, "resume.pdf"), Ok(PDF));
    }

    #[test]
    fn executables_and_lying_names_are_refused() {
        assert_eq!(detect(ELF, false, "cv.pdf"), Err("error-document-type"));
        assert_eq!(
            detect(b"MZ\x90\0\x03\0\0\0", false, "cv.docx"),
            Err("error-document-type")
        );
        assert_eq!(
            detect(b"plain", true, "cv.pdf"),
            Err("error-document-mismatch")
        );
        assert_eq!(
            detect(PDF_BYTES, false, "cv.docx"),
            Err("error-document-mismatch")
        );
        assert_eq!(
            detect(&[0xff, 0xfe, 0], false, "x.txt"),
            Err("error-document-type")
        );
    }

    #[test]
    fn utf8_is_checked_across_chunks() {
        let text = "café ☕".as_bytes();
        let mut check = Utf8Check::default();
        for byte in text {
            check.push(&[*byte]);
        }
        assert!(check.is_text());
        let mut cut = Utf8Check::default();
        cut.push(&text[..text.len() - 1]);
        assert!(!cut.is_text(), "a character cut short is not text");
        let mut nul = Utf8Check::default();
        nul.push(b"a\0b");
        assert!(!nul.is_text());
    }

    #[test]
    fn names_are_made_safe() {
        assert_eq!(safe_name("../../etc/passwd.pdf", PDF), "passwd.pdf");
        assert_eq!(safe_name("C:\\Users\\me\\CV 2026.pdf", PDF), "CV 2026.pdf");
        assert_eq!(safe_name(".hidden", TEXT), "hidden.txt");
        assert_eq!(safe_name("", PDF), "document.pdf");
        assert_eq!(safe_name("a<b>\"c\".pdf", PDF), "a_b_c_.pdf");
        assert_eq!(safe_name("Lettre été", TEXT), "Lettre été.txt");
        let long = format!("{}.pdf", "x".repeat(300));
        assert_eq!(safe_name(&long, PDF).chars().count(), NAME_MAX);
        assert!(safe_name(&long, PDF).ends_with(".pdf"));
    }

    #[test]
    fn downloads_are_attachments_with_a_quoted_safe_name() {
        assert_eq!(
            attachment("CV été.pdf"),
            "attachment; filename=\"CV _t_.pdf\"; filename*=UTF-8''CV%20%C3%A9t%C3%A9%2Epdf"
        );
    }
}
