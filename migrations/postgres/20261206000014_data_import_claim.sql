-- When an import of an export into the account started: the import that
-- sets it (from NULL, or from a start so old its server must have stopped)
-- is the only one that runs, so two imports at once cannot both write.
-- Cleared when the import ends.
ALTER TABLE users ADD COLUMN data_import_started_at BIGINT;
