-- A feature's success metrics as rows (the impact analysis and the ticket matcher read them, and
-- the analyses do not parse JSON). A definition imported before this version has none stored yet:
-- importing its features.json again stores them (success_metrics_stored says which).
CREATE TABLE success_metric (
    feature_key VARCHAR(200)  NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(500)  NOT NULL,
    event_name  VARCHAR(300),
    property    VARCHAR(300),
    ticket_tags VARCHAR(4000),
    better      VARCHAR(20),
    PRIMARY KEY (feature_key, position)
);
ALTER TABLE feature ADD COLUMN success_metrics_stored BOOLEAN DEFAULT FALSE NOT NULL;
