//! Documents (P04) as the browser sees them: a person's resumes, cover
//! letters and other files, each with its immutable versions. Plain serde
//! data; the rules live in `server::documents`.

use serde::{Deserialize, Serialize};

/// What a document is.
pub const DOCUMENT_KINDS: &[&str] = &["resume", "cover_letter", "other"];

/// The languages a document can be written in.
pub const DOCUMENT_LANGUAGES: &[&str] = &["en", "nl", "fr"];

/// The errors an upload can come back with, next to the file field
/// (`?error=`).
pub const UPLOAD_ERRORS: &[&str] = &[
    "error-document-no-file",
    "error-document-type",
    "error-document-mismatch",
    "error-document-quota",
    "error-document-empty",
];

/// The fields an upload form has, besides the file, whose errors come back
/// in the address as `?<field>_error=`.
pub const UPLOAD_FIELDS: &[&str] = &["kind", "title", "language", "tags", "label"];

/// The translation key of a kind (`document-kind-cover-letter`).
pub fn kind_key(kind: &str) -> String {
    format!("document-kind-{}", kind.replace('_', "-"))
}

/// A document in the list of documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentSummary {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub language: String,
    pub tags: Vec<String>,
    pub versions: i64,
    /// The newest version's file name, if it has one.
    pub file_name: Option<String>,
    pub updated_at: i64,
}

/// The documents page: the person's documents (as filtered) and their
/// room in storage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentList {
    pub documents: Vec<DocumentSummary>,
    /// Whether the person has any document at all, filter or not.
    pub any: bool,
    pub usage: StorageUsage,
}

/// How much room a person's files take, and the limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StorageUsage {
    /// Bytes of every version's file, as uploaded.
    pub used_bytes: i64,
    /// `OFFERLINE_USER_QUOTA_MB`, in bytes.
    pub quota_bytes: i64,
    /// `OFFERLINE_MAX_UPLOAD_MB`, in bytes.
    pub max_upload_bytes: i64,
}

/// One document, with its versions, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub language: String,
    pub tags: Vec<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub versions: Vec<DocumentVersion>,
    pub usage: StorageUsage,
}

/// A version of a document: one file, never changed once stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentVersion {
    pub id: String,
    /// 1 for the first version, counting up.
    pub number: i64,
    pub label: String,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub created_at: i64,
}

impl DocumentVersion {
    /// Where the file is downloaded from.
    pub fn download_path(&self, document_id: &str) -> String {
        format!("/documents/{document_id}/versions/{}/download", self.id)
    }
}

/// Where a document's new version is uploaded to.
pub fn versions_path(document_id: &str) -> String {
    format!("/documents/{document_id}/versions")
}

/// Where a new document is uploaded to.
pub const UPLOAD_PATH: &str = "/documents/upload";
