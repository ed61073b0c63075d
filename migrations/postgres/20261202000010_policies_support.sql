-- Versioned policies (P31): each published version of the privacy policy,
-- cookie policy and terms, with the day it takes effect and a summary of
-- what changed in each language. `published_by` names the administrator
-- (NULL for the first version and the command line; set to NULL if their
-- account is erased).
CREATE TABLE policy_versions (
    version       TEXT PRIMARY KEY NOT NULL,
    effective_at  BIGINT NOT NULL,
    summary_en    TEXT NOT NULL,
    summary_nl    TEXT NOT NULL DEFAULT '',
    summary_fr    TEXT NOT NULL DEFAULT '',
    published_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX policy_versions_effective ON policy_versions (effective_at);
INSERT INTO policy_versions (version, effective_at, summary_en, summary_nl, summary_fr, created_at)
VALUES ('2026-11-23', 1795392000000, 'First version.', 'Eerste versie.', 'Première version.', 1795392000000);

-- The newest version each user acknowledged in the app (the notice's
-- "Got it"), and the newest one they were emailed about, so a re-run of
-- the notification job emails nobody twice.
ALTER TABLE users ADD COLUMN policy_seen_version TEXT;
ALTER TABLE users ADD COLUMN policy_notified_version TEXT;

-- Support (P12): a ticket per question, and its thread. Both carry the
-- owner's user_id, so erasure and export reach every message. A staff
-- author is named by staff_id (NULL once that account is erased).
CREATE TABLE support_tickets (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    subject     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX support_tickets_user ON support_tickets (user_id, updated_at);
CREATE INDEX support_tickets_updated ON support_tickets (updated_at);

CREATE TABLE support_messages (
    id          TEXT PRIMARY KEY NOT NULL,
    ticket_id   TEXT NOT NULL REFERENCES support_tickets (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    author      TEXT NOT NULL CHECK (author IN ('user', 'staff')),
    staff_id    TEXT REFERENCES users (id) ON DELETE SET NULL,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX support_messages_ticket ON support_messages (ticket_id, created_at);
CREATE INDEX support_messages_user ON support_messages (user_id);
