-- Reminders (issue 17): an owner's e-mail address, and every reminder sent — one before a round's due date and one
-- after it, per owner and round, so that a reminder run repeated the same day sends nothing twice.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;

CREATE TABLE reminder_sent (
    checkpoint_year  INT          NOT NULL,
    checkpoint_month INT          NOT NULL,
    username         VARCHAR(64)  NOT NULL,
    kind             VARCHAR(10)  NOT NULL COMMENT 'BEFORE or AFTER the due date',
    email            VARCHAR(254) NOT NULL,
    sent_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (checkpoint_year, checkpoint_month, username, kind),
    CONSTRAINT ck_reminder_kind CHECK (kind IN ('BEFORE', 'AFTER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Target adjustments (绩效目标调整): the officer proposes a change of an indicator's target, a new indicator or the
-- removal of one, with 调整前 / 调整后, reason and basis; a second person (officer or administrator) approves it, and it
-- applies from its checkpoint on: earlier checkpoints keep being judged against the target then in force.
CREATE TABLE target_adjustment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id       BIGINT         NOT NULL,
    indicator_id     BIGINT         NULL COMMENT 'NULL for a new indicator until it is approved',
    kind             VARCHAR(10)    NOT NULL,
    effective_month  INT            NOT NULL COMMENT 'from this checkpoint (1-X月) of the project''s year on',
    old_target       VARCHAR(200)   NULL COMMENT '调整前',
    new_target       VARCHAR(200)   NULL COMMENT '调整后',
    category         VARCHAR(50)    NULL,
    subcategory      VARCHAR(50)    NULL,
    name             VARCHAR(500)   NULL,
    reason           VARCHAR(500)   NOT NULL,
    basis            VARCHAR(500)   NOT NULL,
    state            VARCHAR(10)    NOT NULL DEFAULT 'PROPOSED',
    proposed_by      VARCHAR(100)   NOT NULL,
    proposed_at      TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    decided_by       VARCHAR(100)   NULL,
    decided_at       TIMESTAMP(3)   NULL,
    decision_note    VARCHAR(500)   NULL,
    CONSTRAINT fk_adjustment_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_adjustment_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT ck_adjustment_kind CHECK (kind IN ('CHANGE', 'ADD', 'REMOVE')),
    CONSTRAINT ck_adjustment_state CHECK (state IN ('PROPOSED', 'APPROVED', 'REJECTED')),
    CONSTRAINT ck_adjustment_month CHECK (effective_month BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_adjustment_project ON target_adjustment (project_id, state);

-- An indicator added by an approved adjustment counts from its checkpoint on; a removed one until the one before.
ALTER TABLE indicator
    ADD COLUMN added_from_month   INT NULL,
    ADD COLUMN removed_from_month INT NULL;

-- Warning rules (预警), configurable per year: execution floors by month ('4:25,6:40,8:60,10:80' — below 25 % by 1-4月,
-- …) and the largest gap in points between target attainment and budget execution; a warning asks for a decision
-- (继续执行 / 调剂 / 取消) within decision_days of the round's due date. A year without a row uses these defaults.
CREATE TABLE warning_rule (
    budget_year    INT           NOT NULL PRIMARY KEY,
    floors         VARCHAR(200)  NOT NULL,
    gap_points     DECIMAL(5, 2) NOT NULL,
    decision_days  INT           NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    updated_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE warning_decision (
    project_id       BIGINT       NOT NULL,
    checkpoint_year  INT          NOT NULL,
    checkpoint_month INT          NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    decision         VARCHAR(12)  NOT NULL,
    note             VARCHAR(500) NULL,
    decided_by       VARCHAR(100) NOT NULL,
    decided_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (project_id, checkpoint_year, checkpoint_month, kind),
    CONSTRAINT fk_decision_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_decision CHECK (decision IN ('CONTINUE', 'REALLOCATE', 'CANCEL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
