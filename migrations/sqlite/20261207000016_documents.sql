-- Documents (P04): a person's resumes, cover letters and other files, each
-- with its versions. A version is immutable: its file is stored sealed
-- (P19) under users/<user_id>/documents/<document id>/<version id>
-- (`storage_key`), and a new file makes a new version. `size_bytes` is the
-- file as uploaded (what the quota counts), `sealed_bytes` what storage
-- holds; `media_type` is decided from the file's bytes, `file_name` is the
-- uploaded name made safe, `sha256` the hex digest of the file. Both tables
-- carry the owner's user_id and cascade with the account; the stored files
-- go with the account's folder (erasure), with their version (deleting it)
-- or with their document.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('resume', 'cover_letter', 'other')),
    title       TEXT NOT NULL,
    language    TEXT NOT NULL CHECK (language IN ('en', 'nl', 'fr')),
    tags        TEXT NOT NULL DEFAULT '[]',
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX documents_user ON documents (user_id, updated_at);

CREATE TABLE document_versions (
    id            TEXT PRIMARY KEY NOT NULL,
    document_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    number        BIGINT NOT NULL,
    label         TEXT NOT NULL DEFAULT '',
    storage_key   TEXT NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sealed_bytes  BIGINT NOT NULL,
    media_type    TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE UNIQUE INDEX document_versions_number ON document_versions (document_id, number);
CREATE INDEX document_versions_user ON document_versions (user_id);
