-- Tables no code reads or writes: struggle signals and clusters are computed on demand from the
-- event blocks (they change with the thresholds), and initiatives were never built.
DROP TABLE IF EXISTS signal;
DROP TABLE IF EXISTS cluster;
DROP TABLE IF EXISTS initiative;
DROP TABLE IF EXISTS person_day_delta;
