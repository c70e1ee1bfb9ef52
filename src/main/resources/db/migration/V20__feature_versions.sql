-- V20 (issue 19): every definition a feature has had, so changing one never loses the old one.
-- A version is written whenever an import or the feature editor stores a different definition;
-- analyses state the version they used. Features defined before V20 get their current
-- definition as version 1.
CREATE TABLE feature_version (
    feature_key VARCHAR(200) NOT NULL,
    version     INT NOT NULL,
    definition  VARCHAR(100000) NOT NULL,
    changed_by  VARCHAR(200) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    what_changed VARCHAR(2000) NOT NULL,
    PRIMARY KEY (feature_key, version)
);

INSERT INTO feature_version (feature_key, version, definition, changed_by, changed_at, what_changed)
SELECT feature_key, 1, definition, 'import', CURRENT_TIMESTAMP, 'defined' FROM feature;
