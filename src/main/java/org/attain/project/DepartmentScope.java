package org.attain.project;

import org.jspecify.annotations.Nullable;

/**
 * Which projects an account sees: the whole bureau ({@link #ALL}) or one department with its units. {@link #sql} is the
 * one predicate every read of projects adds, so that a department's officer sees only theirs in figures, lists, pages,
 * tables and exports alike.
 */
public record DepartmentScope(
        boolean all, @Nullable Long department, @Nullable String name) {

    public static final DepartmentScope ALL = new DepartmentScope(true, null, null);

    public static DepartmentScope of(long department, String name) {
        return new DepartmentScope(false, department, name);
    }

    /** A condition on the projects of the given table alias: true for those in scope. */
    public String sql(String project) {
        if (all) {
            return "TRUE";
        }
        if (department == null) {
            return "FALSE";
        }
        return "(" + project + ".department_id IN (SELECT sd.id FROM department sd WHERE sd.id = " + department
                + " OR sd.parent_id = " + department + "))";
    }

    /** Whether a department (with its parent, null for a 主管部门) lies in scope. */
    public boolean covers(long departmentId, @Nullable Long parentId) {
        return all || department != null && (department == departmentId || department.equals(parentId));
    }
}
