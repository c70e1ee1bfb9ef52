-- Each campaign gets its own random control: a held-out person is recorded with the drafting round
-- they were held out in and the channel they would have been reached by, and each draft with its
-- round, so a campaign's control is the people held out of the same round and channel.
ALTER TABLE outreach_holdout ADD COLUMN draft_round INT DEFAULT 0 NOT NULL;
ALTER TABLE outreach_holdout ADD COLUMN channel VARCHAR(40);
ALTER TABLE message ADD COLUMN draft_round INT;
