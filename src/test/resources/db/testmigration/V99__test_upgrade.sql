-- A later schema version, used only by tests to exercise upgrading an existing workspace.
ALTER TABLE person ADD COLUMN nickname VARCHAR(100);
