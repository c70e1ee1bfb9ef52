-- What every account's people did as of one day (the book of business's counts, before weights and thresholds),
-- kept so the book opens without reading a million people again: valid only for the fingerprint it was counted
-- with (the features' definitions, the struggle thresholds, the window, the outreach sent) and the data as of
-- the import batch named. One row per day counted (today's book, the prediction check's earlier day).
CREATE TABLE account_counts (
    as_of        DATE NOT NULL PRIMARY KEY,
    fingerprint  VARCHAR(64) NOT NULL,
    batch_id     BIGINT NOT NULL,
    accounts     INT NOT NULL,
    counts       VARBINARY(1000000000) NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
