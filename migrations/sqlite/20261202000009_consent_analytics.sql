-- Cookie consent records (P29): each choice a signed-in person made, kept
-- as proof with the policy version it was made under.
CREATE TABLE consents (
    id              TEXT PRIMARY KEY NOT NULL,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL,
    granted         BIGINT NOT NULL CHECK (granted IN (0, 1)),
    policy_version  TEXT NOT NULL,
    source          TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX consents_user ON consents (user_id, created_at);

-- First-party usage events (P05), recorded only after analytics consent.
-- The address is truncated (/24, /48) before it is stored; the user agent
-- is kept only as parsed families. Pruned after the configured period
-- (P13); `analytics_daily` keeps the anonymous daily counts.
CREATE TABLE analytics_events (
    id               TEXT PRIMARY KEY NOT NULL,
    user_id          TEXT REFERENCES users (id) ON DELETE CASCADE,
    visit_id         TEXT NOT NULL,
    kind             TEXT NOT NULL,
    name             TEXT NOT NULL,
    duration_ms      BIGINT,
    browser          TEXT NOT NULL DEFAULT '',
    browser_version  TEXT NOT NULL DEFAULT '',
    os               TEXT NOT NULL DEFAULT '',
    device           TEXT NOT NULL DEFAULT '',
    ip_prefix        TEXT NOT NULL DEFAULT '',
    created_at       BIGINT NOT NULL
);
CREATE INDEX analytics_events_created ON analytics_events (created_at);
CREATE INDEX analytics_events_user ON analytics_events (user_id);

CREATE TABLE analytics_daily (
    day        TEXT NOT NULL,
    metric     TEXT NOT NULL,
    dimension  TEXT NOT NULL,
    value      BIGINT NOT NULL,
    PRIMARY KEY (day, metric, dimension)
);
