package org.attain.project;

/**
 * The departments at or above a project in the tree, as what holds it from above (a checkpoint lock): the whole bureau
 * (id 0), the project's department, and the 主管部门 above that department when it is a unit.
 */
public final class DepartmentsAbove {

    /** The id that stands for every department. */
    public static final long ALL = 0;

    private DepartmentsAbove() {}

    /** A SQL list {@code (0, department, parent)} for the project named by the given parameter (e.g. ":p"). */
    public static String ofProject(String projectParameter) {
        return "(" + ALL + ", (SELECT ap.department_id FROM project ap WHERE ap.id = " + projectParameter
                + "), (SELECT ad.parent_id FROM project ap JOIN department ad ON ad.id = ap.department_id"
                + " WHERE ap.id = " + projectParameter + "))";
    }

    /**
     * A SQL list {@code (0, department, parent)} for the project row of the given table alias (e.g. "p"), for a query
     * that reads many projects at once: a lock of any of them holds that project.
     */
    public static String ofProjectRow(String project) {
        return "(" + ALL + ", " + project + ".department_id, (SELECT ad.parent_id FROM department ad WHERE ad.id = "
                + project + ".department_id))";
    }
}
