-- Earlier years' self-evaluation (自评表) and monitoring tables (监控表) imported as history (issue 15). The project,
-- its approved targets and the actuals at the document's checkpoint go where every year's do (project, indicator,
-- indicator_actual/approved_actual, budget_execution/approved_budget); what only the document states — its weights
-- (分值), scores (得分), funds-block score, total and grade, and the actual exactly as written — is kept here, as the
-- document states it. One document per project, kind and checkpoint: a second import of the same is refused unless
-- it replaces the first explicitly.
CREATE TABLE history_import (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id       BIGINT         NOT NULL,
    kind             VARCHAR(20)    NOT NULL COMMENT 'SELF_EVALUATION or MONITORING',
    checkpoint_year  INT            NOT NULL,
    checkpoint_month INT            NOT NULL,
    source           VARCHAR(300)   NOT NULL COMMENT 'the file name',
    digest           CHAR(64)       NOT NULL COMMENT 'SHA-256 of the file',
    initial_budget   DECIMAL(18, 4) NULL COMMENT '万元, as stated',
    annual_budget    DECIMAL(18, 4) NULL,
    executed         DECIMAL(18, 4) NULL,
    budget_weight    DECIMAL(6, 2)  NULL,
    execution_rate   DECIMAL(9, 4)  NULL COMMENT 'a fraction: 1 is 100%',
    budget_score     DECIMAL(6, 2)  NULL,
    total_weight     DECIMAL(6, 2)  NULL,
    total_score      DECIMAL(6, 2)  NULL,
    grade            VARCHAR(10)    NULL COMMENT 'as written: 优, 良, 中, 差 …',
    imported_by      VARCHAR(100)   NOT NULL,
    imported_at      TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_history_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT uk_history_checkpoint UNIQUE (project_id, kind, checkpoint_year, checkpoint_month),
    CONSTRAINT ck_history_month CHECK (checkpoint_month BETWEEN 1 AND 12),
    CONSTRAINT ck_history_kind CHECK (kind IN ('SELF_EVALUATION', 'MONITORING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE history_indicator (
    import_id     BIGINT        NOT NULL,
    indicator_id  BIGINT        NOT NULL,
    actual_text   VARCHAR(500)  NULL COMMENT 'the actual exactly as written',
    forecast_text VARCHAR(500)  NULL,
    weight        DECIMAL(6, 2) NULL COMMENT '分值 as stated',
    score         DECIMAL(6, 2) NULL COMMENT '得分 as stated',
    reasons       TEXT          NULL,
    PRIMARY KEY (import_id, indicator_id),
    CONSTRAINT fk_history_indicator_import FOREIGN KEY (import_id) REFERENCES history_import (id) ON DELETE CASCADE,
    CONSTRAINT fk_history_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_history_indicator ON history_indicator (indicator_id);
