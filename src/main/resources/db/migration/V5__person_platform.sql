-- Events per person and platform over all imports: a person's main platform for the adoption breakdown.
CREATE TABLE person_platform (
    person_id   INT    NOT NULL,
    platform_id INT    NOT NULL,
    events      BIGINT NOT NULL,
    PRIMARY KEY (person_id, platform_id)
);
