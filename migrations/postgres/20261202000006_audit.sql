-- What staff did with personal data (P20, P30), kept as the instance's
-- record. The staff member is named (set to NULL if their own account is
-- erased); the person acted on is only a keyed hash of their account id, so
-- an erased account leaves nothing that identifies it.
CREATE TABLE audit_log (
    id            TEXT PRIMARY KEY NOT NULL,
    actor_id      TEXT REFERENCES users (id) ON DELETE SET NULL,
    action        TEXT NOT NULL,
    subject_hash  TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL
);
CREATE INDEX audit_log_created ON audit_log (created_at);
