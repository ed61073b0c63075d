-- The profile (P02): personal details, location, time zone, language and
-- career preferences in one row per user; work experience, education and
-- skills as rows of their own. Lists are JSON arrays of strings in TEXT.
-- Everything cascades when the user is erased.

CREATE TABLE profiles (
    user_id            TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    phone              TEXT,
    city               TEXT,
    region             TEXT,
    country            TEXT,
    time_zone          TEXT,
    locale             TEXT,
    desired_titles     TEXT NOT NULL DEFAULT '[]',
    desired_locations  TEXT NOT NULL DEFAULT '[]',
    work_modes         TEXT NOT NULL DEFAULT '[]',
    job_types          TEXT NOT NULL DEFAULT '[]',
    salary_min         BIGINT,
    salary_max         BIGINT,
    salary_currency    TEXT,
    salary_period      TEXT,
    notice_weeks       BIGINT,
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL
);

CREATE TABLE profile_experience (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    company      TEXT NOT NULL,
    start_month  TEXT NOT NULL,
    end_month    TEXT,
    description  TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX profile_experience_user ON profile_experience (user_id);

CREATE TABLE profile_education (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    school       TEXT NOT NULL,
    degree       TEXT NOT NULL DEFAULT '',
    field        TEXT NOT NULL DEFAULT '',
    start_month  TEXT NOT NULL,
    end_month    TEXT,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX profile_education_user ON profile_education (user_id);

CREATE TABLE profile_skills (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX profile_skills_name ON profile_skills (user_id, name_key);
