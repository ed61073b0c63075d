-- When an import of the file started: the run that sets it (from NULL)
-- is the only one that imports, so two runs at once cannot import twice.
ALTER TABLE csv_imports ADD COLUMN started_at BIGINT;
