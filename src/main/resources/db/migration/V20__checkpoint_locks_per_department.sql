-- A checkpoint is locked for every department (department_id 0, as every lock so far) or for one department and its
-- units: a department's officer locks theirs once its review is done, the bureau's officer any one or all of them.
-- taken_by_bureau: a lock the bureau took on a department is not the department's to lift.
ALTER TABLE checkpoint_lock
    ADD COLUMN department_id BIGINT NOT NULL DEFAULT 0 AFTER checkpoint_month,
    ADD COLUMN taken_by_bureau BOOLEAN NOT NULL DEFAULT TRUE,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (checkpoint_year, checkpoint_month, department_id);
