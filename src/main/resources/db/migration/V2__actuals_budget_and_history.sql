-- How much of each annual target is expected by a checkpoint (LINEAR, RATE, YEAR_END, BY_DATE:2, CUSTOM:…).
ALTER TABLE indicator ADD COLUMN progress_profile VARCHAR(200) NOT NULL DEFAULT 'LINEAR';

-- What a project owner reported for an indicator at a cumulative checkpoint (1-X月).
CREATE TABLE indicator_actual (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id      BIGINT         NOT NULL,
    checkpoint_year   INT            NOT NULL,
    checkpoint_month  INT            NOT NULL,
    actual_value      DECIMAL(20, 6) NULL,
    actual_level      VARCHAR(20)    NULL,
    narrative         TEXT           NULL,
    forecast_value    DECIMAL(20, 6) NULL,
    forecast_level    VARCHAR(20)    NULL,
    reasons           VARCHAR(200)   NULL COMMENT 'comma-separated DeviationReason names',
    reason_text       TEXT           NULL,
    likelihood        VARCHAR(20)    NULL,
    corrective_action TEXT           NULL,
    note              TEXT           NULL,
    version           INT            NOT NULL DEFAULT 0,
    updated_at        TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by        VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_actual_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT uk_actual_checkpoint UNIQUE (indicator_id, checkpoint_year, checkpoint_month),
    CONSTRAINT ck_actual_month CHECK (checkpoint_month BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_actual_checkpoint ON indicator_actual (checkpoint_year, checkpoint_month);

-- Budget execution of a project at a checkpoint (万元).
CREATE TABLE budget_execution (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id        BIGINT         NOT NULL,
    checkpoint_year   INT            NOT NULL,
    checkpoint_month  INT            NOT NULL,
    adjusted_budget   DECIMAL(18, 4) NULL COMMENT '全年预算数 when it differs from the approved 年初预算数',
    adjustment_reason VARCHAR(500)   NULL,
    executed          DECIMAL(18, 4) NULL,
    forecast          DECIMAL(18, 4) NULL,
    version           INT            NOT NULL DEFAULT 0,
    updated_at        TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by        VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_budget_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT uk_budget_checkpoint UNIQUE (project_id, checkpoint_year, checkpoint_month),
    CONSTRAINT ck_budget_month CHECK (checkpoint_month BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_budget_checkpoint ON budget_execution (checkpoint_year, checkpoint_month);

-- Every change of an actual, forecast, budget figure or target: who, when, old → new.
CREATE TABLE change_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    changed_by   VARCHAR(100) NOT NULL,
    project_id   BIGINT       NULL,
    indicator_id BIGINT       NULL,
    checkpoint   VARCHAR(7)   NULL,
    field        VARCHAR(50)  NOT NULL,
    old_value    TEXT         NULL,
    new_value    TEXT         NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_change_project ON change_log (project_id, changed_at);
CREATE INDEX ix_change_indicator ON change_log (indicator_id, changed_at);
