-- A far later schema version (so real migrations never meet it), used only by tests to exercise upgrading an existing workspace.
ALTER TABLE person ADD COLUMN nickname VARCHAR(100);
