-- Outgoing email. A row is stored when a message is accepted, rendered in the
-- recipient's language, and is sent by a `mail.send` job that names it. The
-- row's id is the idempotency key: the Message-ID header and the .eml file
-- name are derived from it. A message about an account carries its user_id,
-- so erasing the user removes their mail with them.

CREATE TABLE outbox (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT REFERENCES users (id) ON DELETE CASCADE,
    to_address  TEXT NOT NULL,
    to_name     TEXT,
    locale      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    text_body   TEXT NOT NULL,
    html_body   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    essential   BIGINT NOT NULL DEFAULT 1 CHECK (essential IN (0, 1)),
    status      TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts    BIGINT NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  BIGINT NOT NULL,
    sent_at     BIGINT
);
CREATE INDEX outbox_user ON outbox (user_id);
CREATE INDEX outbox_status ON outbox (status, created_at);
