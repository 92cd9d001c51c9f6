package org.attain.portfolio;

import java.util.List;

/**
 * The queries {@link StatusService} judges from: each annual indicator and each project with its working values
 * ({@code a_…}, with their review state) and the approved ones in force ({@code v_…}), at one checkpoint
 * ({@code :month}) or at several of a year at once (column {@code month}). The caller adds the condition ({@code %s}).
 *
 * <p>Each value is joined through its (indicator or project, year, month) key, forced: inside one large write (a
 * generated or imported portfolio) the tables' statistics are those from before it, and the optimiser then chose the
 * (year, month) index, reading every value of the month for each indicator. Generating 10,000 projects spent over 40
 * minutes in one such query.
 */
final class StatusQueries {

    private StatusQueries() {}

    private static final List<String> INDICATOR_VALUES = List.of(
            "actual_value",
            "actual_level",
            "forecast_value",
            "forecast_level",
            "likelihood",
            "reasons",
            "reason_text",
            "corrective_action",
            "note",
            "carried_from");

    private static final List<String> BUDGET_VALUES = List.of(
            "adjusted_budget",
            "executed",
            "forecast",
            "reasons",
            "reason_text",
            "likelihood",
            "corrective_action",
            "carried_from");

    /** Each indicator with its working values (a_…, with their review state) and the approved ones in force (v_…). */
    static final String INDICATOR_ROWS = indicatorRows(":month", "", "");

    static final String PROJECT_ROWS = projectRows(":month", "", "");

    /** Each annual indicator of the projects {@code :ids} once, in the order a project shows them. */
    static final String INDICATOR_FACTS = """
            SELECT p.id AS project_id, p.name AS project_name, i.id, i.category, i.subcategory, i.name,
                   i.target_text, i.comparator, i.target_value, i.unit, i.direction, i.progress_profile
            FROM project p JOIN indicator i ON i.project_id = p.id AND i.goal_table = 'ANNUAL'
            WHERE p.id IN (:ids)
            ORDER BY p.id, i.position""";

    /** The working values ({@code a_…}, with their review state) of those indicators at months {@code :months}. */
    static final String WORKING_VALUES = values("indicator_actual", "uk_actual_checkpoint", "x.review_state, ", "a_");

    /** The approved values in force ({@code v_…}) of those indicators at those months. */
    static final String APPROVED_VALUES = values("approved_actual", "PRIMARY", "", "v_");

    private static String values(String table, String key, String state, String prefix) {
        return """
            SELECT x.indicator_id, x.checkpoint_month, %s%s
            FROM indicator i JOIN %s x FORCE INDEX (%s)
                ON x.indicator_id = i.id AND x.checkpoint_year = :year AND x.checkpoint_month IN (:months)
            WHERE i.project_id IN (:ids) AND i.goal_table = 'ANNUAL'""".formatted(
                        state,
                        String.join(
                                ", ",
                                INDICATOR_VALUES.stream()
                                        .map(c -> "x." + c + " AS " + prefix + c)
                                        .toList()),
                        table,
                        key);
    }

    /** Every month of the year at once (column {@code month}), for judging projects at every checkpoint in one query. */
    private static final String MONTHS = " CROSS JOIN (SELECT 1 AS month UNION ALL SELECT 2 UNION ALL SELECT 3"
            + " UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8"
            + " UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12) m";

    static final String PROJECT_ROWS_BY_MONTH = projectRows("m.month", MONTHS, "m.month, ");

    private static String indicatorRows(String month, String months, String order) {
        return """
            SELECT %4$sp.id AS project_id, p.name AS project_name, i.id, i.category, i.subcategory, i.name,
                   i.target_text, i.comparator, i.target_value, i.unit, i.direction, i.progress_profile, a.review_state,
                   v.indicator_id AS v_present, %1$s
            FROM project p%3$s
            JOIN indicator i ON i.project_id = p.id AND i.goal_table = 'ANNUAL'
            LEFT JOIN indicator_actual a FORCE INDEX (uk_actual_checkpoint) ON a.indicator_id = i.id AND a.checkpoint_year = :year AND a.checkpoint_month = %2$s
            LEFT JOIN approved_actual v FORCE INDEX (PRIMARY) ON v.indicator_id = i.id AND v.checkpoint_year = :year AND v.checkpoint_month = %2$s
            WHERE %%s
            ORDER BY %4$sp.id, i.position""".formatted(both("a", INDICATOR_VALUES), month, months, order);
    }

    private static String projectRows(String month, String months, String order) {
        return """
            SELECT %4$sp.id, p.name, d.name AS department, p.budget, b.review_state, v.project_id AS v_present, %1$s
            FROM project p%3$s JOIN department d ON d.id = p.department_id
            LEFT JOIN budget_execution b FORCE INDEX (uk_budget_checkpoint) ON b.project_id = p.id AND b.checkpoint_year = :year AND b.checkpoint_month = %2$s
            LEFT JOIN approved_budget v FORCE INDEX (PRIMARY) ON v.project_id = p.id AND v.checkpoint_year = :year AND v.checkpoint_month = %2$s
            WHERE %%s
            ORDER BY %4$sp.id""".formatted(both("b", BUDGET_VALUES), month, months, order);
    }

    /** {@code a.x AS a_x, v.x AS v_x, …}: the working value (of the table aliased {@code working}) and the approved one. */
    private static String both(String working, List<String> columns) {
        return String.join(
                ", ",
                columns.stream()
                        .map(c -> working + "." + c + " AS a_" + c + ", v." + c + " AS v_" + c)
                        .toList());
    }
}
