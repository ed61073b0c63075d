-- Accounts: credentials and sign-up facts on users, sessions, single-use
-- email tokens, the security history of an account, and the shared
-- rate-limit counters. Tokens and session ids are stored only as SHA-256
-- hashes; a database leak reveals no usable token.

ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN email_verified_at BIGINT;
ALTER TABLE users ADD COLUMN age_confirmed_at BIGINT;
ALTER TABLE users ADD COLUMN policy_version TEXT;
ALTER TABLE users ADD COLUMN policy_accepted_at BIGINT;
ALTER TABLE users ADD COLUMN disabled_at BIGINT;

CREATE TABLE sessions (
    id            TEXT PRIMARY KEY NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash    TEXT NOT NULL,
    persistent    BIGINT NOT NULL DEFAULT 0,
    user_agent    TEXT NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE UNIQUE INDEX sessions_token ON sessions (token_hash);
CREATE INDEX sessions_user ON sessions (user_id);

-- Single-use links sent by email: verify an address, reset a password,
-- confirm a new address (new_email).
CREATE TABLE auth_tokens (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
    token_hash  TEXT NOT NULL,
    new_email   TEXT,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT,
    created_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX auth_tokens_hash ON auth_tokens (token_hash);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id);

-- What happened to an account and from which device: sign-ins (including
-- failed ones), password and email changes, lockouts. Shown to the user.
CREATE TABLE auth_events (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    device      TEXT NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL
);
CREATE INDEX auth_events_user ON auth_events (user_id, created_at);

-- Fixed-window counters shared by every instance. Keys hold a purpose and a
-- hashed subject (IP network or account), never a raw address.
CREATE TABLE rate_limits (
    bucket        TEXT PRIMARY KEY NOT NULL,
    window_start  BIGINT NOT NULL,
    hits          BIGINT NOT NULL
);
