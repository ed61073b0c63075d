-- An import runs in parts, each committed with how far it got, so a long
-- file never holds the write lock for long and a run that stops part way
-- leaves a record of it instead of half an import without a report.
-- run_id: the run that holds the file (its claim, with started_at as the
-- time it last wrote); plan: the choices the import follows (JSON), kept
-- once a part is done so the rest follows them too; progress: the rows
-- done so far and what they did (JSON).
ALTER TABLE csv_imports ADD COLUMN run_id TEXT;
ALTER TABLE csv_imports ADD COLUMN plan TEXT;
ALTER TABLE csv_imports ADD COLUMN progress TEXT;
