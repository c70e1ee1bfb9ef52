-- Events are committed in small chunks while a file imports (a single huge transaction made H2 write
-- everything twice); the batch row says 'running' until the final commit, so an import that fails,
-- is cancelled or whose process dies can be taken back out by its batch id.
ALTER TABLE import_batch ADD COLUMN first_ts BIGINT;
ALTER TABLE import_batch ADD COLUMN last_ts BIGINT;
CREATE INDEX import_batch_status ON import_batch (status);
