-- V21 keyed project_status by project first, as indicator_status. The project grid reads one checkpoint's rows of a view
-- ordered by light and name, a page at a time, with most of their columns: keyed by project, the server then scanned
-- every checkpoint's rows (165,874 at 11,001 projects, 97 ms a page, portfolio render 130 -> 175 ms). Keyed by
-- checkpoint again, a checkpoint's project rows are one range; the refresh finds a project's rows by the project index.
-- (indicator_status stays keyed by project: its readers by checkpoint read the department index alone.)
ALTER TABLE project_status
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (view, checkpoint_year, checkpoint_month, project_id),
    ADD INDEX ix_project_status_project (project_id);
