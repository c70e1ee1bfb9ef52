-- The event store as the importers write it: narrow typed rows with dictionary-encoded names,
-- platforms and click targets, loaded in one transaction per import (so a failed, cancelled or
-- killed import leaves nothing behind). No secondary indexes on event: they would halve the
-- import rate; analyses read the rollups below, drill-downs read one person's rows.

DROP TABLE event;
DROP TABLE event_name;

CREATE TABLE dictionary (
    kind  TINYINT      NOT NULL,
    id    INT          NOT NULL,
    entry VARCHAR(500) NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE TABLE event (
    person_id  INT      NOT NULL,
    ts         BIGINT   NOT NULL,
    name_id    INT      NOT NULL,
    platform_id INT,
    target_id  INT,
    session_id VARCHAR(200),
    props      VARCHAR(20000),
    dedupe_key BIGINT   NOT NULL,
    batch_id   BIGINT   NOT NULL
);

-- Events that belong to a feature (its funnel, adoption, revert, legacy and usage events), with
-- their exact times: funnels, time to first use and reverts need every attempt, not just the first.
CREATE TABLE feature_event (
    feature_key VARCHAR(200) NOT NULL,
    person_id   INT          NOT NULL,
    ts          BIGINT       NOT NULL,
    name_id     INT          NOT NULL,
    platform_id INT,
    batch_id    BIGINT       NOT NULL
);
CREATE INDEX feature_event_feature_person ON feature_event (feature_key, person_id);

ALTER TABLE person_feature ADD COLUMN first_legacy_use BIGINT;
ALTER TABLE person_feature ADD COLUMN last_legacy_use BIGINT;

-- Column mappings remembered per source (by its header), so a second export of the same shape maps itself.
CREATE TABLE source_mapping (
    signature VARCHAR(200) PRIMARY KEY,
    mapping   VARCHAR(20000) NOT NULL
);

-- A person known only by an anonymous id until an identify call links it.
ALTER TABLE person ADD COLUMN anonymous BOOLEAN DEFAULT FALSE NOT NULL;

-- Scratch tables an import fills and empties inside its own transaction (DDL would commit it early).
CREATE TABLE import_merge (
    anonymous_person INT PRIMARY KEY,
    person_id        INT NOT NULL
);
CREATE TABLE import_touched (
    feature_key VARCHAR(200) NOT NULL,
    person_id   INT          NOT NULL,
    PRIMARY KEY (feature_key, person_id)
);
CREATE TABLE person_day_delta (
    person_id    INT  NOT NULL,
    activity_day DATE NOT NULL,
    events       INT  NOT NULL
);

-- JSON arrays can hold many records on one line: line numbers alone do not identify a bad row.
ALTER TABLE quarantine DROP PRIMARY KEY;
CREATE INDEX quarantine_batch ON quarantine (batch_id);

-- Past outreach from other tools (who was contacted, who was held out), for conversion analyses.
CREATE TABLE campaign_contact (
    campaign_id VARCHAR(200) NOT NULL,
    person_id   INT          NOT NULL,
    group_name  VARCHAR(40)  NOT NULL,
    channel     VARCHAR(40),
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    subject     VARCHAR(1000),
    batch_id    BIGINT,
    PRIMARY KEY (campaign_id, person_id)
);

ALTER TABLE import_batch ALTER COLUMN format VARCHAR(300);
