-- Submit and review (issue 17). Every reported value and budget line is a draft of its project owner until it is
-- submitted (提交审核) and approved (通过) by the performance officer; a returned (退回) item goes back with the reason;
-- an item the officer waives (免报) with a reason no longer keeps the round from being locked. Values entered before
-- review existed count as approved; new rows (also those carried into a new round) start as drafts.
ALTER TABLE indicator_actual
    ADD COLUMN review_state  VARCHAR(12)  NOT NULL DEFAULT 'APPROVED',
    ADD COLUMN submitted_by  VARCHAR(100) NULL,
    ADD COLUMN submitted_at  TIMESTAMP(3) NULL,
    ADD COLUMN reviewed_by   VARCHAR(100) NULL,
    ADD COLUMN reviewed_at   TIMESTAMP(3) NULL,
    ADD COLUMN review_reason VARCHAR(500) NULL,
    ADD CONSTRAINT ck_actual_review CHECK (review_state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'WAIVED'));
ALTER TABLE indicator_actual ALTER COLUMN review_state SET DEFAULT 'DRAFT';

ALTER TABLE budget_execution
    ADD COLUMN review_state  VARCHAR(12)  NOT NULL DEFAULT 'APPROVED',
    ADD COLUMN submitted_by  VARCHAR(100) NULL,
    ADD COLUMN submitted_at  TIMESTAMP(3) NULL,
    ADD COLUMN reviewed_by   VARCHAR(100) NULL,
    ADD COLUMN reviewed_at   TIMESTAMP(3) NULL,
    ADD COLUMN review_reason VARCHAR(500) NULL,
    ADD CONSTRAINT ck_budget_review CHECK (review_state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'WAIVED'));
ALTER TABLE budget_execution ALTER COLUMN review_state SET DEFAULT 'DRAFT';

-- What the leaders' pages, the official tables and the self-evaluation read: the values as last approved. An owner
-- may change an approved value (which makes a new draft); the approved one stays in force until the new one is
-- approved, and goes when the officer withdraws the approval (returns it).
CREATE TABLE approved_actual (
    indicator_id      BIGINT         NOT NULL,
    checkpoint_year   INT            NOT NULL,
    checkpoint_month  INT            NOT NULL,
    actual_value      DECIMAL(20, 6) NULL,
    actual_level      VARCHAR(20)    NULL,
    narrative         TEXT           NULL,
    forecast_value    DECIMAL(20, 6) NULL,
    forecast_level    VARCHAR(20)    NULL,
    reasons           VARCHAR(200)   NULL,
    reason_text       TEXT           NULL,
    likelihood        VARCHAR(20)    NULL,
    corrective_action TEXT           NULL,
    note              TEXT           NULL,
    carried_from      INT            NULL,
    entered_by        VARCHAR(100)   NOT NULL,
    entered_at        TIMESTAMP(3)   NOT NULL,
    approved_by       VARCHAR(100)   NOT NULL,
    approved_at       TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (indicator_id, checkpoint_year, checkpoint_month),
    CONSTRAINT fk_approved_actual_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_approved_actual_checkpoint ON approved_actual (checkpoint_year, checkpoint_month);

CREATE TABLE approved_budget (
    project_id        BIGINT         NOT NULL,
    checkpoint_year   INT            NOT NULL,
    checkpoint_month  INT            NOT NULL,
    adjusted_budget   DECIMAL(18, 4) NULL,
    adjustment_reason VARCHAR(500)   NULL,
    executed          DECIMAL(18, 4) NULL,
    forecast          DECIMAL(18, 4) NULL,
    reasons           VARCHAR(200)   NULL,
    reason_text       TEXT           NULL,
    likelihood        VARCHAR(20)    NULL,
    corrective_action TEXT           NULL,
    carried_from      INT            NULL,
    entered_by        VARCHAR(100)   NOT NULL,
    entered_at        TIMESTAMP(3)   NOT NULL,
    approved_by       VARCHAR(100)   NOT NULL,
    approved_at       TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (project_id, checkpoint_year, checkpoint_month),
    CONSTRAINT fk_approved_budget_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_approved_budget_checkpoint ON approved_budget (checkpoint_year, checkpoint_month);

INSERT INTO approved_actual (indicator_id, checkpoint_year, checkpoint_month, actual_value, actual_level, narrative,
       forecast_value, forecast_level, reasons, reason_text, likelihood, corrective_action, note, carried_from,
       entered_by, entered_at, approved_by)
SELECT indicator_id, checkpoint_year, checkpoint_month, actual_value, actual_level, narrative, forecast_value,
       forecast_level, reasons, reason_text, likelihood, corrective_action, note, carried_from, updated_by, updated_at,
       'system'
FROM indicator_actual;

INSERT INTO approved_budget (project_id, checkpoint_year, checkpoint_month, adjusted_budget, adjustment_reason,
       executed, forecast, reasons, reason_text, likelihood, corrective_action, carried_from, entered_by, entered_at,
       approved_by)
SELECT project_id, checkpoint_year, checkpoint_month, adjusted_budget, adjustment_reason, executed, forecast, reasons,
       reason_text, likelihood, corrective_action, carried_from, updated_by, updated_at, 'system'
FROM budget_execution;

-- People, not logins: the department a user belongs to, and a password set by an administrator that its user must
-- change at the next sign-in. A disabled account (enabled = FALSE) cannot sign in and keeps its history.
ALTER TABLE app_user
    ADD COLUMN department           VARCHAR(200) NULL,
    ADD COLUMN must_change_password BOOLEAN      NOT NULL DEFAULT FALSE;

-- Scoring profiles (评分方案), kept as data and chosen per year: the budget weight (scored as weight × execution rate,
-- capped at the weight), groups of indicator categories sharing one weight (spread evenly over their indicators), the
-- band and default share of each qualitative level, and the grade thresholds (none: not graded). A profile's name is
-- the message scoring.profile.<code>.
CREATE TABLE scoring_profile (
    code                 VARCHAR(40)   NOT NULL PRIMARY KEY,
    budget_weight        DECIMAL(6, 2) NOT NULL,
    achieved_min         DECIMAL(5, 4) NOT NULL,
    achieved_max         DECIMAL(5, 4) NOT NULL,
    achieved_default     DECIMAL(5, 4) NOT NULL,
    partial_min          DECIMAL(5, 4) NOT NULL,
    partial_max          DECIMAL(5, 4) NOT NULL,
    partial_default      DECIMAL(5, 4) NOT NULL,
    not_achieved_min     DECIMAL(5, 4) NOT NULL,
    not_achieved_max     DECIMAL(5, 4) NOT NULL,
    not_achieved_default DECIMAL(5, 4) NOT NULL,
    grade_excellent      DECIMAL(5, 2) NULL COMMENT 'NULL: the profile grades nothing',
    grade_good           DECIMAL(5, 2) NULL,
    grade_fair           DECIMAL(5, 2) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scoring_profile_group (
    profile_code VARCHAR(40)   NOT NULL,
    position     INT           NOT NULL,
    categories   VARCHAR(200)  NOT NULL COMMENT 'comma-separated 一级指标 names',
    weight       DECIMAL(6, 2) NOT NULL,
    PRIMARY KEY (profile_code, position),
    CONSTRAINT fk_group_profile FOREIGN KEY (profile_code) REFERENCES scoring_profile (code) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The profile a year is scored by; a year without a row is scored by the national default.
CREATE TABLE scoring_year (
    budget_year  INT          NOT NULL PRIMARY KEY,
    profile_code VARCHAR(40)  NOT NULL,
    chosen_by    VARCHAR(100) NOT NULL,
    chosen_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_year_profile FOREIGN KEY (profile_code) REFERENCES scoring_profile (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 财预〔2020〕10号: 预算执行率 10, 产出 50, 效益 30, 满意度 10; 达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %; 优/良/中/差.
INSERT INTO scoring_profile VALUES ('NATIONAL', 10, 0.8, 1, 1, 0.6, 0.8, 0.7, 0, 0.6, 0.3, 90, 80, 60);
INSERT INTO scoring_profile_group VALUES ('NATIONAL', 1, '产出指标', 50), ('NATIONAL', 2, '效益指标', 30),
                                         ('NATIONAL', 3, '满意度指标', 10);
-- The provincial variant of the 一体化 module: 预算执行 20, 产出 40, 效益+满意度 40; 100–80 / 80–50 / 50–0 %; no grade.
INSERT INTO scoring_profile VALUES ('PROVINCIAL', 20, 0.8, 1, 1, 0.5, 0.8, 0.65, 0, 0.5, 0.25, NULL, NULL, NULL);
INSERT INTO scoring_profile_group VALUES ('PROVINCIAL', 1, '产出指标', 40), ('PROVINCIAL', 2, '效益指标,满意度指标', 40);
