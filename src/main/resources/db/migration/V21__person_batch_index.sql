-- People carry the import that created them. After a kill -9, H2 once brought back a person row of
-- an import whose batch row was gone; opening takes such rows back, and finds them through this index.
CREATE INDEX IF NOT EXISTS person_batch ON person (batch_id);
