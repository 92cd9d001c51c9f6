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
        String join = " JOIN project p ON p.id = s.project_id JOIN department d ON d.id = p.department_id WHERE ";
        return jdbc.sql("SELECT d.name, s.subcategory, SUM(s." + r.light() + " IN " + SHORTFALL
                        + " OR s.flagged), COUNT(*) FROM indicator_status s" + join + r.where("s")
                        + " GROUP BY d.name, s.subcategory UNION ALL SELECT d.name, NULL, SUM(s." + r.budgetLight()
                        + " IN " + SHORTFALL + " OR s.budget_behind), COUNT(*) FROM project_status s" + join
                        + r.where("s") + " GROUP BY d.name")
                .query((rs, i) -> new Cell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
