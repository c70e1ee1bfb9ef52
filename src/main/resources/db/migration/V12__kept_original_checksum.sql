-- Each kept original's SHA-256 (hex), recorded when it is copied into imports/, so `uptake info --verify`
-- can tell a kept file that changed or went missing. Imports made before this version have none.
ALTER TABLE import_batch ADD COLUMN sha256 VARCHAR(64);
