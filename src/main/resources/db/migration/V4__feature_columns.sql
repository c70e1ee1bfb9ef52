-- The parts of a feature definition the analyses read, as columns (the analyses do not parse JSON).
-- Lists hold one event name per line.
ALTER TABLE feature ADD COLUMN adoption_event VARCHAR(300);
ALTER TABLE feature ADD COLUMN adoption_target DOUBLE PRECISION;
ALTER TABLE feature ADD COLUMN adoption_within_days INT;
ALTER TABLE feature ADD COLUMN funnel_steps VARCHAR(4000);
ALTER TABLE feature ADD COLUMN revert_event VARCHAR(300);
ALTER TABLE feature ADD COLUMN legacy_events VARCHAR(4000);
ALTER TABLE feature ADD COLUMN usage_events VARCHAR(4000);
ALTER TABLE feature ADD COLUMN target_segments VARCHAR(4000);
ALTER TABLE feature ADD COLUMN problem VARCHAR(4000);
