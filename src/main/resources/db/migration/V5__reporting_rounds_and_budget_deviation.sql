-- Reporting rounds (监控轮次): the performance officer opens a round for a checkpoint with a due date. What everyone
-- sees by default is the latest opened round, never "the latest checkpoint with any value".
CREATE TABLE reporting_round (
    checkpoint_year  INT          NOT NULL,
    checkpoint_month INT          NOT NULL,
    due_date         DATE         NOT NULL,
    opened_by        VARCHAR(100) NOT NULL,
    opened_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (checkpoint_year, checkpoint_month),
    CONSTRAINT ck_round_month CHECK (checkpoint_month BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A value pre-filled from the previous round (沿用上期) keeps that round's month until someone saves it.
ALTER TABLE indicator_actual ADD COLUMN carried_from INT NULL COMMENT 'month of the round this value was carried from';

-- The budget line is judged like an indicator (双监控): reasons, likelihood and corrective action of its own.
ALTER TABLE budget_execution
    ADD COLUMN carried_from      INT          NULL COMMENT 'month of the round these figures were carried from',
    ADD COLUMN reasons           VARCHAR(200) NULL COMMENT 'comma-separated DeviationReason names',
    ADD COLUMN reason_text       TEXT         NULL,
    ADD COLUMN likelihood        VARCHAR(20)  NULL,
    ADD COLUMN corrective_action TEXT         NULL;
