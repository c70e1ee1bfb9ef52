-- The people struggling with any feature in a window (the book of business's "struggling" part), kept so the
-- book does not detect them again: valid only for the features' definitions and the thresholds they were
-- detected with (fingerprint) and the data as of the import batch named. One row per window.
CREATE TABLE struggling_set (
    window_from  DATE NOT NULL,
    window_to    DATE NOT NULL,
    fingerprint  VARCHAR(64) NOT NULL,
    batch_id     BIGINT NOT NULL,
    people       INT NOT NULL,
    person_ids   VARBINARY(1000000000) NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (window_from, window_to)
);
