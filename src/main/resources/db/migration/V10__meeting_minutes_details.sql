-- The mid-year review meeting as its minutes record it (issue 18): when and where it was held, who chaired it and who
-- attended, once per checkpoint; and for each project's decision who carries it out and by when.
CREATE TABLE meeting (
    checkpoint_year  INT          NOT NULL,
    checkpoint_month INT          NOT NULL,
    held_on          DATE         NULL,
    place            VARCHAR(200) NULL,
    chair            VARCHAR(100) NULL,
    attendees        TEXT         NULL,
    version          INT          NOT NULL DEFAULT 0,
    updated_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (checkpoint_year, checkpoint_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE meeting_note
    ADD COLUMN decision_owner VARCHAR(100) NULL AFTER decisions,
    ADD COLUMN decision_due   DATE         NULL AFTER decision_owner;
