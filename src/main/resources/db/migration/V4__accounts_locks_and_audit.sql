-- Accounts: one role each, BCrypt password hashes.
CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_user_name UNIQUE (username),
    CONSTRAINT ck_user_role CHECK (role IN ('LEADER', 'PROJECT_OWNER', 'PERFORMANCE_OFFICER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which project owner may enter the actuals of which project.
CREATE TABLE project_owner (
    project_id BIGINT      NOT NULL,
    username   VARCHAR(64) NOT NULL,
    PRIMARY KEY (project_id, username),
    CONSTRAINT fk_owner_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_owner_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A locked checkpoint is read-only.
CREATE TABLE checkpoint_lock (
    checkpoint_year  INT          NOT NULL,
    checkpoint_month INT          NOT NULL,
    locked_by        VARCHAR(64)  NOT NULL,
    locked_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (checkpoint_year, checkpoint_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The change log is the audit log: append-only, also for anyone with SQL access through the application account.
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'change_log is append-only';

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'change_log is append-only';
