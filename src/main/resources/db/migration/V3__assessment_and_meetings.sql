-- Self-evaluation settings chosen by the performance officer.
CREATE TABLE project_weights (
    project_id   BIGINT        NOT NULL PRIMARY KEY,
    budget       DECIMAL(6, 2) NOT NULL,
    output       DECIMAL(6, 2) NOT NULL,
    benefit      DECIMAL(6, 2) NOT NULL,
    satisfaction DECIMAL(6, 2) NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_weights_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_weights_sum CHECK (budget + output + benefit + satisfaction = 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_score_setting (
    indicator_id         BIGINT        NOT NULL PRIMARY KEY,
    weight               DECIMAL(6, 2) NULL,
    qualitative_fraction DECIMAL(5, 4) NULL,
    updated_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_score_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Remarks and decisions recorded per project during the mid-year review meeting.
CREATE TABLE meeting_note (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id       BIGINT       NOT NULL,
    checkpoint_year  INT          NOT NULL,
    checkpoint_month INT          NOT NULL,
    remarks          TEXT         NULL,
    decisions        TEXT         NULL,
    version          INT          NOT NULL DEFAULT 0,
    updated_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_note_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT uk_note_checkpoint UNIQUE (project_id, checkpoint_year, checkpoint_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
