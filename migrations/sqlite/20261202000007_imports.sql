-- CSV files uploaded for import into a board, kept between the upload, the
-- column mapping and the import itself, then deleted a day later by the
-- job worker (boards.imports_prune). They are the user's own data: they
-- cascade with the user and with the board.
CREATE TABLE csv_imports (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    board_id     TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL,
    content      TEXT NOT NULL,
    report       TEXT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX csv_imports_user ON csv_imports (user_id);
CREATE INDEX csv_imports_created ON csv_imports (created_at);
