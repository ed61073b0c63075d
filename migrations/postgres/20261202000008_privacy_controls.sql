-- The user's own limits on processing (P27, P28) and a requested deletion
-- (P22, P25). `restricted_at`: processing frozen (no AI, no analytics, no
-- non-essential email) since then. `objects_*`: 1 when the user opted out
-- of that purpose. `deletion_requested_at`: the account was disabled for
-- deletion then; the purge job erases it once `purge_after` has passed,
-- unless the user signs in before then and cancels.
ALTER TABLE users ADD COLUMN restricted_at BIGINT;
ALTER TABLE users ADD COLUMN objects_analytics BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN objects_ai BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN objects_product_email BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN deletion_requested_at BIGINT;
ALTER TABLE users ADD COLUMN purge_after BIGINT;
CREATE INDEX users_purge ON users (purge_after);
