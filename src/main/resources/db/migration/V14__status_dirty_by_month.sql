-- Bulk writes (issue 16): the status table is judged again only at the checkpoints whose figures changed. A value of
-- one month (an actual, a budget figure, their approved copies) changes the judgement of that month only, so its
-- triggers mark the project and the month; every other write (projects, indicators, adjustments, scoring settings,
-- thresholds) marks the project with month 0: every month. An import of one month's actuals thus judges one
-- checkpoint of its projects, not twelve. Triggers that name no month (those of V12 and any later one) mark month 0.
ALTER TABLE status_dirty
    ADD COLUMN checkpoint_month TINYINT NOT NULL DEFAULT 0 COMMENT '1-12: only that month changed; 0: every month',
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (project_id, checkpoint_month);

DROP TRIGGER indicator_actual_status_insert;
CREATE TRIGGER indicator_actual_status_insert AFTER INSERT ON indicator_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id), NEW.checkpoint_month);
DROP TRIGGER indicator_actual_status_update;
CREATE TRIGGER indicator_actual_status_update AFTER UPDATE ON indicator_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id), NEW.checkpoint_month),
        ((SELECT i.project_id FROM indicator i WHERE i.id = OLD.indicator_id), OLD.checkpoint_month);
DROP TRIGGER indicator_actual_status_delete;
CREATE TRIGGER indicator_actual_status_delete AFTER DELETE ON indicator_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = OLD.indicator_id), OLD.checkpoint_month);
DROP TRIGGER approved_actual_status_insert;
CREATE TRIGGER approved_actual_status_insert AFTER INSERT ON approved_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id), NEW.checkpoint_month);
DROP TRIGGER approved_actual_status_update;
CREATE TRIGGER approved_actual_status_update AFTER UPDATE ON approved_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = NEW.indicator_id), NEW.checkpoint_month),
        ((SELECT i.project_id FROM indicator i WHERE i.id = OLD.indicator_id), OLD.checkpoint_month);
DROP TRIGGER approved_actual_status_delete;
CREATE TRIGGER approved_actual_status_delete AFTER DELETE ON approved_actual FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES ((SELECT i.project_id FROM indicator i WHERE i.id = OLD.indicator_id), OLD.checkpoint_month);
DROP TRIGGER budget_execution_status_insert;
CREATE TRIGGER budget_execution_status_insert AFTER INSERT ON budget_execution FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES (NEW.project_id, NEW.checkpoint_month);
DROP TRIGGER budget_execution_status_update;
CREATE TRIGGER budget_execution_status_update AFTER UPDATE ON budget_execution FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES (NEW.project_id, NEW.checkpoint_month),
        (OLD.project_id, OLD.checkpoint_month);
DROP TRIGGER budget_execution_status_delete;
CREATE TRIGGER budget_execution_status_delete AFTER DELETE ON budget_execution FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES (OLD.project_id, OLD.checkpoint_month);
DROP TRIGGER approved_budget_status_insert;
CREATE TRIGGER approved_budget_status_insert AFTER INSERT ON approved_budget FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES (NEW.project_id, NEW.checkpoint_month);
DROP TRIGGER approved_budget_status_update;
CREATE TRIGGER approved_budget_status_update AFTER UPDATE ON approved_budget FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES (NEW.project_id, NEW.checkpoint_month),
        (OLD.project_id, OLD.checkpoint_month);
DROP TRIGGER approved_budget_status_delete;
CREATE TRIGGER approved_budget_status_delete AFTER DELETE ON approved_budget FOR EACH ROW
    INSERT IGNORE INTO status_dirty (project_id, checkpoint_month) VALUES (OLD.project_id, OLD.checkpoint_month);
