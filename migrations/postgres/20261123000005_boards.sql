-- Pipeline boards (P03, P08): boards of stages (columns) holding job
-- applications (cards), the companies they are with, and the history of
-- every change to a card. Everything belongs to one user and cascades when
-- that user is erased.

CREATE TABLE companies (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    -- The name folded to lower case and trimmed: one company per name.
    name_key    TEXT NOT NULL,
    website     TEXT NOT NULL DEFAULT '',
    industry    TEXT NOT NULL DEFAULT '',
    size        TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX companies_user_name ON companies (user_id, name_key);

CREATE TABLE boards (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    -- Applied cards with no change for this many days show a hint.
    ghost_days   BIGINT NOT NULL DEFAULT 21,
    archived_at  BIGINT,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX boards_user ON boards (user_id);

-- kind: open, won or lost (insights count outcomes by it).
-- marks_applied: entering this stage sets a card's applied date (1 or 0).
CREATE TABLE stages (
    id             TEXT PRIMARY KEY NOT NULL,
    board_id       TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    color          TEXT NOT NULL,
    kind           TEXT NOT NULL,
    marks_applied  BIGINT NOT NULL DEFAULT 0,
    position       BIGINT NOT NULL,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL
);
CREATE INDEX stages_board ON stages (board_id, position);

-- rank orders cards inside a stage: gapped integers, unique per stage, so a
-- move rewrites one row and only a full gap renumbers the column.
-- A stage is deleted only after its cards moved (no cascade from stages).
CREATE TABLE applications (
    id               TEXT PRIMARY KEY NOT NULL,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    board_id         TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    stage_id         TEXT NOT NULL REFERENCES stages (id),
    company_id       TEXT REFERENCES companies (id) ON DELETE SET NULL,
    title            TEXT NOT NULL,
    job_url          TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL DEFAULT '',
    location         TEXT NOT NULL DEFAULT '',
    work_mode        TEXT NOT NULL DEFAULT '',
    salary_min       BIGINT,
    salary_max       BIGINT,
    salary_currency  TEXT NOT NULL DEFAULT '',
    salary_period    TEXT NOT NULL DEFAULT '',
    job_type         TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    deadline         TEXT,
    applied_on       TEXT,
    excitement       BIGINT,
    tags             TEXT NOT NULL DEFAULT '[]',
    notes            TEXT NOT NULL DEFAULT '',
    rank             BIGINT NOT NULL,
    stage_since      BIGINT NOT NULL,
    archived_at      BIGINT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE UNIQUE INDEX applications_stage_rank ON applications (stage_id, rank);
CREATE INDEX applications_board ON applications (board_id);
CREATE INDEX applications_user ON applications (user_id);
CREATE INDEX applications_company ON applications (company_id);

-- The timeline of a card. kind: created, stage, field, archived, restored.
-- Stage changes keep both stage ids (for time-in-stage) and names (for a
-- readable timeline after a stage is renamed or deleted).
CREATE TABLE application_events (
    id              TEXT PRIMARY KEY NOT NULL,
    application_id  TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at              BIGINT NOT NULL,
    kind            TEXT NOT NULL,
    field           TEXT NOT NULL DEFAULT '',
    old_value       TEXT,
    new_value       TEXT,
    from_stage_id   TEXT,
    to_stage_id     TEXT
);
CREATE INDEX application_events_application ON application_events (application_id, at);
CREATE INDEX application_events_user ON application_events (user_id);
