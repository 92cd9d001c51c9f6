package org.attain.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.status.Light;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The portfolio by department, the first step of the drill-down department → project → indicator: at bureau level
 * one line per 主管部门 (its units' projects included), within a department one line per unit (and one for projects
 * filed under the department itself). One GROUP BY over the status table, whatever the number of departments.
 */
@Service
public class DepartmentFigures {

    private final JdbcClient jdbc;

    DepartmentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One department's (or unit's) projects: how many by light, budget and executed (万元), shortfalls. */
    public record Line(
            String name,
            boolean unit,
            int projects,
            Map<Light, Integer> byLight,
            BigDecimal budget,
            BigDecimal executed,
            int shortfalls) {

        public int count(Light light) {
            return byLight.getOrDefault(light, 0);
        }

        /** Executed ÷ budget; null without a budget. */
        public @Nullable BigDecimal executionRate() {
            return budget.signum() == 0 ? null : executed.divide(budget, 4, RoundingMode.HALF_UP);
        }
    }

    /** The lines of the reading: by 主管部门 at bureau level ({@code within} false), else by unit. */
    public List<Line> lines(PortfolioQueries.Reading r, boolean within) {
        String group = within ? "d.id" : "COALESCE(d.parent_id, d.id)";
        Map<Long, Builder> lines = new LinkedHashMap<>();
        // grouped by the department copied into the status rows first (no join per row), then rolled up the tree
        jdbc.sql("SELECT g.id, g.name, g.parent_id IS NOT NULL, x.light, SUM(x.n), SUM(x.budget), SUM(x.executed),"
                        + " SUM(x.shortfalls) FROM (SELECT s.department_id, s." + r.light()
                        + " AS light, COUNT(*) AS n,"
                        + " SUM(s.budget) AS budget, SUM(s.executed) AS executed, SUM(s." + r.shortfalls()
                        + ") AS shortfalls FROM project_status s WHERE " + r.where("s")
                        + " GROUP BY s.department_id, s." + r.light() + ") x"
                        + " JOIN department d ON d.id = x.department_id JOIN department g ON g.id = " + group
                        + " GROUP BY g.id, g.name, g.parent_id, x.light ORDER BY g.name, g.id")
                .query(rs -> {
                    Builder b = lines.get(rs.getLong(1));
                    if (b == null) {
                        b = new Builder(rs.getString(2), rs.getBoolean(3));
                        lines.put(rs.getLong(1), b);
                    }
                    b.add(Light.valueOf(rs.getString(4)), rs.getInt(5), rs.getBigDecimal(6), rs.getBigDecimal(7));
                    b.shortfalls += rs.getInt(8);
                });
        List<Line> result = new ArrayList<>();
        lines.values().forEach(b -> result.add(b.line()));
        return result;
    }

    /** The 主管部门 of a unit, by name; empty for a 主管部门 or an unknown name. */
    public Optional<String> parentOf(String department) {
        return jdbc.sql("SELECT p.name FROM department d JOIN department p ON p.id = d.parent_id WHERE d.name = :n")
                .param("n", department)
                .query(String.class)
                .optional();
    }

    private static final class Builder {
        private final String name;
        private final boolean unit;
        private final Map<Light, Integer> byLight = new EnumMap<>(Light.class);
        private int projects;
        private BigDecimal budget = BigDecimal.ZERO;
        private BigDecimal executed = BigDecimal.ZERO;
        private int shortfalls;

        Builder(String name, boolean unit) {
            this.name = name;
            this.unit = unit;
        }

        void add(Light light, int n, @Nullable BigDecimal budget, @Nullable BigDecimal executed) {
            byLight.merge(light, n, Integer::sum);
            projects += n;
            this.budget = budget == null ? this.budget : this.budget.add(budget);
            this.executed = executed == null ? this.executed : this.executed.add(executed);
        }

        Line line() {
            return new Line(name, unit, projects, Map.copyOf(byLight), budget, executed, shortfalls);
        }
    }
}
