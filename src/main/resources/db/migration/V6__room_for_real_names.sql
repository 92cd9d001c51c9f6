-- Room for the names and labels real users and real documents have (issue 12). Every text a file or a form brings is
-- checked against these lengths before it reaches the database (Project.NAME_MAX, Project.LABEL_MAX, …).
-- The audit field names an assignment with the owner's user name ("assignment:" + up to 64 characters).
ALTER TABLE change_log MODIFY field VARCHAR(200) NOT NULL;

-- Project names of a few hundred characters; project type and fund nature as some documents spell them out.
ALTER TABLE project
    MODIFY name         VARCHAR(500) NOT NULL,
    MODIFY project_type VARCHAR(200) NULL,
    MODIFY fund_nature  VARCHAR(200) NULL;
