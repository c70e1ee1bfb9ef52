-- Keeping watch: alerts raised by the rules after each refresh, what an analyst did with them, and
-- which inbox files were taken in. Days are data days (the workspace's last event day when the rule
-- ran); the timestamps only say when this machine recorded something.
CREATE TABLE alert (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule           VARCHAR(100)  NOT NULL,
    condition_key  VARCHAR(1000) NOT NULL,
    feature_key    VARCHAR(200),
    account_key    VARCHAR(200),
    since_day      DATE          NOT NULL,
    last_seen_day  DATE          NOT NULL,
    cleared_day    DATE,
    headline       VARCHAR(2000) NOT NULL,
    figures        VARCHAR(4000) NOT NULL,
    significance   VARCHAR(500)  NOT NULL,
    screen         VARCHAR(50)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    snoozed_until  DATE,
    raised_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX alert_condition ON alert (condition_key, cleared_day);

CREATE TABLE alert_audit (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    alert_id  BIGINT        NOT NULL REFERENCES alert (id),
    action    VARCHAR(20)   NOT NULL,
    data_day  DATE          NOT NULL,
    note      VARCHAR(2000),
    at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE inbox_file (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    path       VARCHAR(4000) NOT NULL,
    size_bytes BIGINT        NOT NULL,
    modified   BIGINT        NOT NULL,
    outcome    VARCHAR(20)   NOT NULL,
    batch_id   BIGINT,
    note       VARCHAR(2000),
    at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX inbox_file_path ON inbox_file (path);
