-- Departments (主管部门/实施单位), projects and their approved indicators (绩效目标).
CREATE TABLE department (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    CONSTRAINT uk_department_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_id  BIGINT        NOT NULL,
    budget_year    INT           NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    budget         DECIMAL(18, 4) NOT NULL COMMENT '万元',
    project_type   VARCHAR(50)   NULL,
    fund_nature    VARCHAR(50)   NULL,
    basis          TEXT          NULL,
    long_term_goal TEXT          NULL,
    annual_goal    TEXT          NULL,
    version        INT           NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_project_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT uk_project_year_name UNIQUE (department_id, budget_year, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_project_year ON project (budget_year, name);

CREATE TABLE indicator (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id    BIGINT         NOT NULL,
    goal_table    VARCHAR(10)    NOT NULL COMMENT 'ANNUAL or LONG_TERM',
    position      INT            NOT NULL,
    category      VARCHAR(50)    NOT NULL,
    subcategory   VARCHAR(50)    NOT NULL,
    name          VARCHAR(500)   NOT NULL,
    target_text   VARCHAR(200)   NOT NULL,
    comparator    VARCHAR(2)     NULL,
    target_value  DECIMAL(20, 6) NULL,
    unit          VARCHAR(30)    NULL,
    direction     VARCHAR(20)    NOT NULL,
    target_basis  VARCHAR(50)    NULL,
    version       INT            NOT NULL DEFAULT 0,
    CONSTRAINT fk_indicator_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_indicator_project ON indicator (project_id, goal_table, position);

-- Every change of an approved target: the previous value is kept with when, who and why.
CREATE TABLE target_revision (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id BIGINT       NOT NULL,
    revised_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    revised_by   VARCHAR(100) NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    old_target   VARCHAR(200) NOT NULL,
    new_target   VARCHAR(200) NOT NULL,
    CONSTRAINT fk_revision_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_revision_indicator ON target_revision (indicator_id, revised_at);
