-- Departments as a tree: a 主管部门 (parent_id NULL) and its 预算单位 (units, parent_id = the 主管部门). A project
-- belongs to the unit the approval names, or to the 主管部门 itself when it names none.
-- Existing data: every department stays a top-level 主管部门 with its projects, so no figure changes.
ALTER TABLE department
    ADD COLUMN parent_id BIGINT NULL,
    ADD CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id);

-- An account scoped to a department (and its units) sees only their projects; NULL is the whole bureau.
-- Existing accounts stay unscoped: nobody loses what they saw before an administrator sets a scope. The free-text
-- app_user.department (the person's office, for the sign-off line) stays as it is.
ALTER TABLE app_user
    ADD COLUMN scope_department_id BIGINT NULL,
    ADD CONSTRAINT fk_app_user_scope FOREIGN KEY (scope_department_id) REFERENCES department (id);
