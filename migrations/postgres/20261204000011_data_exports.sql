-- Exports of large accounts (P26), prepared by the job worker into
-- storage (sealed, under users/<user_id>/exports/) and handed over once
-- through an emailed link. `status`: queued, running, ready (the link is
-- out), downloaded (the file is deleted), failed. `rows_done` of
-- `rows_total` drive the progress bar. The row and its file go when the
-- link expires (`expires_at`, 24 hours after it is ready), or with the
-- account.
CREATE TABLE data_exports (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status         TEXT NOT NULL DEFAULT 'queued'
                   CHECK (status IN ('queued', 'running', 'ready', 'downloaded', 'failed')),
    rows_done      BIGINT NOT NULL DEFAULT 0,
    rows_total     BIGINT NOT NULL DEFAULT 0,
    bytes          BIGINT,
    token_hash     TEXT,
    created_at     BIGINT NOT NULL,
    ready_at       BIGINT,
    expires_at     BIGINT,
    downloaded_at  BIGINT
);
CREATE INDEX data_exports_user ON data_exports (user_id, created_at);
CREATE INDEX data_exports_expires ON data_exports (expires_at);
