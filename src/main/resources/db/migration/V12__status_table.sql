-- The status table (issue 16): the light, attainment and sentence of every annual indicator and project at every
-- checkpoint (month 1-12 of its budget year), as the pure-Java rules judged them, so that the portfolio pages, sorts,
-- filters and counts in SQL instead of judging every indicator on every render.
--
-- view: 'A' the approved values everyone sees; 'W' the working values (drafts, submitted, returned ones where they
-- exist, else the approved ones) that the performance officer and a project's owners see.
-- light is the light while the round is open (or without a round); late_light the light once the round's due date has
-- passed (an unreported value not submitted or waived is then OVERDUE). The reader picks one by the round's due date.
CREATE TABLE indicator_status (
    view             CHAR(1)        NOT NULL,
    checkpoint_year  SMALLINT       NOT NULL,
    checkpoint_month TINYINT        NOT NULL,
    indicator_id     BIGINT         NOT NULL,
    project_id       BIGINT         NOT NULL,
    subcategory      VARCHAR(100)   NOT NULL,
    light            VARCHAR(16)    NOT NULL,
    late_light       VARCHAR(16)    NOT NULL,
    flagged          BOOLEAN        NOT NULL COMMENT 'a forecast that misses, a likelihood at risk or an overshoot',
    attainment       DECIMAL(19, 6) NULL,
    sentence_key     VARCHAR(100)   NOT NULL,
    sentence_args    TEXT           NOT NULL COMMENT 'encoded by org.attain.portfolio.MessageCodec',
    PRIMARY KEY (view, checkpoint_year, checkpoint_month, indicator_id),
    INDEX ix_indicator_status_project (project_id),
    CONSTRAINT fk_indicator_status_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_status (
    view              CHAR(1)        NOT NULL,
    checkpoint_year   SMALLINT       NOT NULL,
    checkpoint_month  TINYINT        NOT NULL,
    project_id        BIGINT         NOT NULL,
    light             VARCHAR(16)    NOT NULL,
    late_light        VARCHAR(16)    NOT NULL,
    light_rank        TINYINT        NOT NULL COMMENT 'worst first: Light.rank() of light',
    late_rank         TINYINT        NOT NULL,
    budget_light      VARCHAR(16)    NOT NULL,
    budget_late_light VARCHAR(16)    NOT NULL,
    budget            DECIMAL(18, 4) NULL COMMENT 'the adjusted budget, else the approved one',
    executed          DECIMAL(18, 4) NULL,
    execution_rate    DECIMAL(19, 6) NULL,
    indicators        INT            NOT NULL,
    reported          INT            NOT NULL,
    shortfalls        INT            NOT NULL,
    late_shortfalls   INT            NOT NULL,
    budget_behind     BOOLEAN        NOT NULL COMMENT 'execution behind time progress',
    projected_score   DECIMAL(9, 4)  NULL COMMENT 'the self-evaluation projected from approved values, if any',
    sentence_key      VARCHAR(100)   NOT NULL,
    sentence_args     TEXT           NOT NULL,
    PRIMARY KEY (view, checkpoint_year, checkpoint_month, project_id),
    INDEX ix_project_status_rank (view, checkpoint_year, checkpoint_month, light_rank),
    INDEX ix_project_status_late (view, checkpoint_year, checkpoint_month, late_rank),
    INDEX ix_project_status_project (project_id),
    CONSTRAINT fk_project_status_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Projects whose status must be judged again before the transaction that wrote their figures commits. Filled by the
-- triggers below, in the writing transaction; emptied by StatusTable before the commit (a TransactionExecutionListener),
-- so every save, import, review, round, adjustment and generator run keeps the status table current, whichever service
-- wrote. A row left here (a write outside a transaction) is picked up by the next writing transaction.
-- The triggers on the busy tables write VALUES ((SELECT …)), not INSERT … SELECT: on MariaDB 11.4 the latter made
-- a 144,000-row generator insert take minutes instead of seconds.
CREATE TABLE status_dirty (
    project_id BIGINT NOT NULL,
    PRIMARY KEY (project_id)
) ENGINE = InnoDB;

CREATE TRIGGER project_status_insert AFTER INSERT ON project FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.id);
CREATE TRIGGER project_status_update AFTER UPDATE ON project FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.id);
CREATE TRIGGER project_status_delete AFTER DELETE ON project FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (OLD.id);
CREATE TRIGGER indicator_status_insert AFTER INSERT ON indicator FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER indicator_status_update AFTER UPDATE ON indicator FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER indicator_status_delete AFTER DELETE ON indicator FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (OLD.project_id);
CREATE TRIGGER indicator_actual_status_insert AFTER INSERT ON indicator_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id));
CREATE TRIGGER indicator_actual_status_update AFTER UPDATE ON indicator_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id));
CREATE TRIGGER indicator_actual_status_delete AFTER DELETE ON indicator_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = OLD.indicator_id));
CREATE TRIGGER approved_actual_status_insert AFTER INSERT ON approved_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id));
CREATE TRIGGER approved_actual_status_update AFTER UPDATE ON approved_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id));
CREATE TRIGGER approved_actual_status_delete AFTER DELETE ON approved_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = OLD.indicator_id));
CREATE TRIGGER budget_execution_status_insert AFTER INSERT ON budget_execution FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER budget_execution_status_update AFTER UPDATE ON budget_execution FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER budget_execution_status_delete AFTER DELETE ON budget_execution FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (OLD.project_id);
CREATE TRIGGER approved_budget_status_insert AFTER INSERT ON approved_budget FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER approved_budget_status_update AFTER UPDATE ON approved_budget FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER approved_budget_status_delete AFTER DELETE ON approved_budget FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (OLD.project_id);
CREATE TRIGGER target_adjustment_status_insert AFTER INSERT ON target_adjustment FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER target_adjustment_status_update AFTER UPDATE ON target_adjustment FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER target_adjustment_status_delete AFTER DELETE ON target_adjustment FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (OLD.project_id);

-- The projected self-evaluation: weights, qualitative scores and scoring profiles.
CREATE TRIGGER project_weights_status_insert AFTER INSERT ON project_weights FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER indicator_score_setting_status_insert AFTER INSERT ON indicator_score_setting FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id));
CREATE TRIGGER scoring_year_status_insert AFTER INSERT ON scoring_year FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) SELECT p.id FROM project p WHERE p.budget_year = NEW.budget_year;
CREATE TRIGGER scoring_profile_status_insert AFTER INSERT ON scoring_profile FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) SELECT p.id FROM project p;
CREATE TRIGGER scoring_profile_group_status_insert AFTER INSERT ON scoring_profile_group FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) SELECT p.id FROM project p;
CREATE TRIGGER project_weights_status_update AFTER UPDATE ON project_weights FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (NEW.project_id);
CREATE TRIGGER indicator_score_setting_status_update AFTER UPDATE ON indicator_score_setting FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id));
CREATE TRIGGER scoring_year_status_update AFTER UPDATE ON scoring_year FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) SELECT p.id FROM project p WHERE p.budget_year = NEW.budget_year;
CREATE TRIGGER scoring_profile_status_update AFTER UPDATE ON scoring_profile FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) SELECT p.id FROM project p;
CREATE TRIGGER scoring_profile_group_status_update AFTER UPDATE ON scoring_profile_group FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) SELECT p.id FROM project p;
CREATE TRIGGER project_weights_status_delete AFTER DELETE ON project_weights FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES (OLD.project_id);
CREATE TRIGGER indicator_score_setting_status_delete AFTER DELETE ON indicator_score_setting FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = OLD.indicator_id));
CREATE TRIGGER scoring_year_status_delete AFTER DELETE ON scoring_year FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) SELECT p.id FROM project p WHERE p.budget_year = OLD.budget_year;
CREATE TRIGGER scoring_profile_status_delete AFTER DELETE ON scoring_profile FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) SELECT p.id FROM project p;
CREATE TRIGGER scoring_profile_group_status_delete AFTER DELETE ON scoring_profile_group FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id) SELECT p.id FROM project p;

-- Existing projects are judged by the first writing transaction or render after this migration.
INSERT INTO status_dirty (project_id) SELECT id FROM project;
