package org.attain.portfolio;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The heat map at scale: per department and 二级指标, how many of the reader's indicators fall short, and per
 * department how many budgets lag; one GROUP BY over the status table, whatever the number of projects.
 */
@Service
public class PortfolioHeat {

    private static final String SHORTFALL = "('RED','YELLOW','OVERDUE')";

    private final JdbcClient jdbc;

    PortfolioHeat(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One cell: a department's indicators of a subcategory, or its budgets ({@code subcategory} null). */
    public record Cell(String department, @Nullable String subcategory, int shortfalls, int total) {}

    public List<Cell> byDepartment(PortfolioQueries.Reading r) {
        // the indicators from their totals (StatusTotals), the budgets from the project rows; grouped by the
        // department the rows carry first (no join per row), then named
        return jdbc.sql("SELECT d.name, x.subcategory, SUM(x.shortfalls), SUM(x.total) FROM (SELECT c.department_id,"
                        + " c.subcategory, SUM(IF(c." + r.light() + " IN " + SHORTFALL + " OR c.flagged, c.n, 0))"
                        + " AS shortfalls, SUM(c.n) AS total FROM " + r.indicatorCounts() + " c"
                        + " GROUP BY c.department_id, c.subcategory HAVING SUM(c.n) > 0"
                        + " UNION ALL SELECT s.department_id, NULL, SUM(s."
                        + r.budgetLight() + " IN " + SHORTFALL + " OR s.budget_behind), COUNT(*) FROM project_status s"
                        + " WHERE " + r.where("s") + " GROUP BY s.department_id) x"
                        + " JOIN department d ON d.id = x.department_id GROUP BY d.name, x.subcategory")
                .query((rs, i) -> new Cell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
