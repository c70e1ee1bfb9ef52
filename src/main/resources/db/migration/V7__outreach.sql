-- Outreach and onboarding content in one review queue. A message is a draft until an analyst
-- approves or rejects it; export and send read approved messages only. Onboarding content
-- (tooltips, walkthroughs, what's new, platform tips) has no recipient.
ALTER TABLE message ADD COLUMN kind VARCHAR(20) DEFAULT 'outreach' NOT NULL;
ALTER TABLE message ALTER COLUMN person_id SET NULL;
ALTER TABLE message ADD COLUMN reason VARCHAR(2000);
ALTER TABLE message ADD COLUMN facts VARCHAR(4000);
ALTER TABLE message ADD COLUMN problems VARCHAR(4000);
ALTER TABLE message ADD COLUMN decided_by VARCHAR(200);
ALTER TABLE message ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE message ADD COLUMN rejection_reason VARCHAR(2000);
ALTER TABLE message ADD COLUMN campaign_id VARCHAR(200);
CREATE INDEX message_feature_status ON message (feature_key, kind, status);
CREATE INDEX message_person ON message (person_id);
CREATE INDEX campaign_contact_person ON campaign_contact (person_id);
-- The hold-out control of each feature's outreach: never contacted about it, measured against the
-- contacted people when a campaign goes out.
CREATE TABLE outreach_holdout (
    feature_key VARCHAR(200) NOT NULL,
    person_id   INT          NOT NULL,
    audience    VARCHAR(100) NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    campaign_id VARCHAR(200),
    PRIMARY KEY (feature_key, person_id)
);
