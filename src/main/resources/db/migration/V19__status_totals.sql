-- The portfolio at scale (issue 16): how many indicators of the status table fall in each light, kept per view,
-- checkpoint, department, 二级指标 (subcategory) and light, so that the heat map and the summary's counts read a few
-- thousand totals instead of a checkpoint's 130,000 indicator rows (at 10,000 projects). Part of the status table:
-- StatusTotals keeps it in the transaction that writes the status rows (the difference each refresh makes to the
-- counts of the projects it judged), `attain rebuild-status` counts it again from the rows, `--check` compares it with
-- a fresh count. A total that fell to 0 may stay as a row of 0; readers sum, so it counts nothing.
CREATE TABLE indicator_totals (
    view             CHAR(1)      NOT NULL COMMENT 'as in indicator_status: A, W, or B for both',
    checkpoint_year  SMALLINT     NOT NULL,
    checkpoint_month TINYINT      NOT NULL,
    department_id    BIGINT       NOT NULL COMMENT 'the project''s own department, as in indicator_status',
    subcategory      VARCHAR(100) NOT NULL,
    light            VARCHAR(16)  NOT NULL,
    late_light       VARCHAR(16)  NOT NULL,
    flagged          BOOLEAN      NOT NULL,
    indicators       INT          NOT NULL COMMENT 'how many indicator_status rows have these values',
    PRIMARY KEY (view, checkpoint_year, checkpoint_month, department_id, subcategory, light, late_light, flagged)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Existing rows are counted here: one pass over the covering index of V17, in its order (no sort).
INSERT INTO indicator_totals (view, checkpoint_year, checkpoint_month, department_id, subcategory, light, late_light,
        flagged, indicators)
SELECT view, checkpoint_year, checkpoint_month, department_id, subcategory, light, late_light, flagged, COUNT(*)
FROM indicator_status
GROUP BY view, checkpoint_year, checkpoint_month, department_id, subcategory, light, late_light, flagged;
