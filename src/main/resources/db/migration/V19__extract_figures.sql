-- An extract written by the Spark job (uptake-extract): where and when it ran, how many people it
-- saw and how many it sampled, and the figures it counted exactly over every person on the cluster.
-- The sampled people's own records import as usual; one row per extract import batch.
CREATE TABLE extract_source (
    batch_id        BIGINT PRIMARY KEY,
    format_version  INT NOT NULL,
    cluster         VARCHAR(500),
    created_at      VARCHAR(64),
    first_day       DATE,
    last_day        DATE,
    events          BIGINT NOT NULL,
    people          BIGINT NOT NULL,
    people_sampled  BIGINT NOT NULL,
    sample_spec     VARCHAR(64),
    sample_seed     BIGINT
);

CREATE TABLE extract_figure (
    batch_id     BIGINT NOT NULL,
    feature_key  VARCHAR(200) NOT NULL,
    figure       VARCHAR(64) NOT NULL,
    dimension    VARCHAR(500) NOT NULL,
    item         VARCHAR(500) NOT NULL,
    amount       DOUBLE PRECISION NOT NULL
);
CREATE INDEX extract_figure_feature ON extract_figure (batch_id, feature_key);
