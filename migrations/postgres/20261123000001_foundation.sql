-- Foundation: accounts (the columns the shell needs), instance settings and
-- the durable job queue. Times are unix milliseconds UTC; ids are UUIDv7 text.

CREATE TABLE users (
    id          TEXT PRIMARY KEY NOT NULL,
    email       TEXT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'support', 'admin')),
    locale      TEXT NOT NULL DEFAULT 'en',
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE app_settings (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
);

-- A job belongs to a user when it acts on their data (user_id), so erasure
-- removes it with them.
CREATE TABLE jobs (
    id            TEXT PRIMARY KEY NOT NULL,
    kind          TEXT NOT NULL,
    payload       TEXT NOT NULL DEFAULT '{}',
    user_id       TEXT REFERENCES users (id) ON DELETE CASCADE,
    dedupe_key    TEXT,
    status        TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done', 'failed')),
    run_at        BIGINT NOT NULL,
    attempts      BIGINT NOT NULL DEFAULT 0,
    max_attempts  BIGINT NOT NULL DEFAULT 8,
    locked_until  BIGINT,
    locked_by     TEXT,
    last_error    TEXT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX jobs_due ON jobs (status, run_at);
CREATE INDEX jobs_user ON jobs (user_id);
CREATE UNIQUE INDEX jobs_dedupe ON jobs (dedupe_key) WHERE status = 'queued';
