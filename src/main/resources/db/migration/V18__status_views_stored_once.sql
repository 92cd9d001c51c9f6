-- Bulk writes (issue 16): a status row the same in the approved view (A) and in the working view (W) is stored once,
-- as view 'B' (both). Most rows are: a working value differs from the approved one only where a draft, a submitted or a
-- returned value exists. Readers of view A take view IN ('A', 'B'), readers of view W view IN ('W', 'B').
-- The rows stored before are converted: an A row equal to its W row becomes B, and the W row goes (strings compared
-- byte for byte, numbers and NULLs by value).
ALTER TABLE indicator_status
    MODIFY view CHAR(1) NOT NULL COMMENT 'A approved values, W working values, B the same in both';
ALTER TABLE project_status
    MODIFY view CHAR(1) NOT NULL COMMENT 'A approved values, W working values, B the same in both';

UPDATE indicator_status a JOIN indicator_status w
    ON w.view = 'W' AND w.checkpoint_year = a.checkpoint_year AND w.checkpoint_month = a.checkpoint_month
        AND w.indicator_id = a.indicator_id
SET a.view = 'B'
WHERE a.view = 'A' AND w.project_id = a.project_id AND BINARY w.subcategory = BINARY a.subcategory
    AND w.light = a.light AND w.late_light = a.late_light AND w.flagged = a.flagged AND w.attainment <=> a.attainment
    AND BINARY w.sentence_key = BINARY a.sentence_key AND BINARY w.sentence_args = BINARY a.sentence_args;
DELETE w FROM indicator_status w JOIN indicator_status b
    ON b.view = 'B' AND b.checkpoint_year = w.checkpoint_year AND b.checkpoint_month = w.checkpoint_month
        AND b.indicator_id = w.indicator_id
WHERE w.view = 'W';

UPDATE project_status a JOIN project_status w
    ON w.view = 'W' AND w.checkpoint_year = a.checkpoint_year AND w.checkpoint_month = a.checkpoint_month
        AND w.project_id = a.project_id
SET a.view = 'B'
WHERE a.view = 'A' AND w.light = a.light AND w.late_light = a.late_light AND w.light_rank = a.light_rank
    AND w.late_rank = a.late_rank AND w.budget_light = a.budget_light AND w.budget_late_light = a.budget_late_light
    AND w.budget <=> a.budget AND w.executed <=> a.executed AND w.execution_rate <=> a.execution_rate
    AND w.indicators = a.indicators AND w.reported = a.reported AND w.shortfalls = a.shortfalls
    AND w.late_shortfalls = a.late_shortfalls AND w.budget_behind = a.budget_behind
    AND w.projected_score <=> a.projected_score AND BINARY w.sentence_key = BINARY a.sentence_key
    AND BINARY w.sentence_args = BINARY a.sentence_args;
DELETE w FROM project_status w JOIN project_status b
    ON b.view = 'B' AND b.checkpoint_year = w.checkpoint_year AND b.checkpoint_month = w.checkpoint_month
        AND b.project_id = w.project_id
WHERE w.view = 'W';
