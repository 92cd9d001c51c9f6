package org.attain.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attain.assessment.Grade;
import org.attain.project.DepartmentScope;
import org.attain.project.DepartmentScopes;
import org.attain.round.ReportingRounds;
import org.attain.scoring.ScoringProfiles;
import org.attain.security.DraftScope;
import org.attain.security.Drafts;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The portfolio at scale, read from the {@link StatusTable}: figures as GROUP BY queries, the project list a page at a
 * time (sorted and filtered in SQL), and the few projects the charts and the shortfall list show, judged in full.
 * Every reader sees the view their drafts allow (see {@link StatusService}), and once the round's due date has passed
 * the lights it implies (overdue).
 */
@Service
public class PortfolioQueries {

    private static final String RANKS = "'RED','YELLOW','OVERDUE','NOT_REPORTED','BLUE','GREEN','NOT_DUE'";

    private final JdbcClient jdbc;
    private final StatusTable table;
    private final StatusService status;
    private final ReportingRounds rounds;
    private final Drafts drafts;
    private final ScoringProfiles profiles;
    private final DepartmentScopes scopes;

    PortfolioQueries(
            DepartmentScopes scopes,
            JdbcClient jdbc,
            StatusTable table,
            StatusService status,
            ReportingRounds rounds,
            Drafts drafts,
            ScoringProfiles profiles) {
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.table = table;
        this.status = status;
        this.rounds = rounds;
        this.drafts = drafts;
    }

    /** Filters of the project list; null or blank means any. */
    public record Filter(
            @Nullable Light light,
            @Nullable String department,
            @Nullable String owner,
            @Nullable String search) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** A sort of the project list: a grid column key (light, name, department, budget, execution, …). */
    public record Sort(String key, boolean descending) {}

    /** One row of the project list. */
    public record Line(
            long projectId,
            String name,
            String department,
            @Nullable BigDecimal budget,
            @Nullable BigDecimal rate,
            Light light,
            Light budgetLight,
            int shortfalls,
            int reported,
            int indicators) {}

    /** The figures above the charts. */
    public record Summary(
            Checkpoint checkpoint,
            int projects,
            BigDecimal budget,
            BigDecimal executed,
            Map<Light, Integer> projectsByLight,
            Map<Light, Integer> indicatorsByLight,
            int shortfalls,
            @Nullable BigDecimal projectedMean,
            @Nullable Grade projectedGrade) {

        /** Executed ÷ budget over all projects; null without a budget. */
        public @Nullable BigDecimal executionRate() {
            return budget.signum() == 0 ? null : executed.divide(budget, 4, RoundingMode.HALF_UP);
        }
    }

    /**
     * What the signed-in reader sees at a checkpoint (which view of the status table, whether the round is overdue):
     * found once per page, then passed to every query of that page and its grid.
     */
    public static final class Reading {

        private final Checkpoint at;
        private final String view;
        private final boolean late;
        private final String projects;
        private final String totals;
        private final @Nullable String owned;

        /**
         * @param totals the view of the totals: approved or working values
         * @param owned the projects (ids, comma-separated) whose working values this reader sees, not every one's
         */
        private Reading(
                Checkpoint at, String view, boolean late, String projects, String totals, @Nullable String owned) {
            this.at = at;
            this.view = view;
            this.late = late;
            this.projects = projects.equals("TRUE") ? "" : " AND " + projects;
            this.totals = totals;
            this.owned = owned;
        }

        public Checkpoint at() {
            return at;
        }

        String light() {
            return late ? "late_light" : "light";
        }

        String rank() {
            return late ? "late_rank" : "light_rank";
        }

        String budgetLight() {
            return late ? "budget_late_light" : "budget_light";
        }

        String shortfalls() {
            return late ? "late_shortfalls" : "shortfalls";
        }

        /** Rows of alias s for this reader at this checkpoint. */
        String where(String alias) {
            return (view + projects).replace("{a}", alias) + checkpoint(alias);
        }

        /**
         * The reader's indicators at this checkpoint as a derived table: department_id, subcategory, light, late_light,
         * flagged and n, how many indicators have those values. Read from the totals ({@link StatusTotals}), not from
         * the rows; for a project owner, whose own projects show their working values, corrected by those projects'
         * rows (+1 for each working row, −1 for each approved one: a row stored once, as B, counts in both views).
         */
        String indicatorCounts() {
            String sql = "SELECT t.department_id, t.subcategory, t.light, t.late_light, t.flagged, t.indicators AS n"
                    + " FROM indicator_totals t WHERE " + (totals + projects).replace("{a}", "t") + checkpoint("t");
            if (owned != null) {
                sql += " UNION ALL SELECT s.department_id, s.subcategory, s.light, s.late_light, s.flagged,"
                        + " IF(s.view = 'W', 1, -1) FROM indicator_status s WHERE s.view IN ('A', 'W')"
                        + " AND s.project_id IN (" + owned + ")" + projects.replace("{a}", "s") + checkpoint("s");
            }
            return "(" + sql + ")";
        }

        private String checkpoint(String alias) {
            return " AND " + alias + ".checkpoint_year = " + at.year() + " AND " + alias + ".checkpoint_month = "
                    + at.month();
        }
    }

    public Reading reading(Checkpoint at) {
        return reading(at, null);
    }

    /** As {@link #reading(Checkpoint)}, within one department (by name; an unknown name is every department). */
    public Reading reading(Checkpoint at, @Nullable String department) {
        table.ensureCurrent();
        Long departmentId = !present(department)
                ? null
                : jdbc.sql("SELECT id FROM department WHERE name = :name ORDER BY id LIMIT 1")
                        .param("name", department)
                        .query(Long.class)
                        .optional()
                        .orElse(null);
        DraftScope scope = drafts.scope();
        // a row the same in both views is stored once, as view B (StatusTable)
        String view = scope.all()
                ? "{a}.view IN ('W', 'B')"
                : scope.projects().isEmpty()
                        ? "{a}.view IN ('A', 'B')"
                        : "{a}.view IN ('B', CASE WHEN {a}.project_id IN (" + ids(scope.projects())
                                + ") THEN 'W' ELSE 'A' END)";
        // the reader's department scope, then the department chosen on the page (with its units), on the department
        // the status rows carry
        String projects = scopes.current().sql("{a}")
                + (departmentId == null
                        ? ""
                        : " AND " + DepartmentScope.of(departmentId, "").sql("{a}"));
        return new Reading(
                at,
                view,
                rounds.overdueSince(at).isPresent(),
                projects,
                scope.all() ? "{a}.view IN ('W', 'B')" : "{a}.view IN ('A', 'B')",
                scope.all() || scope.projects().isEmpty() ? null : ids(scope.projects()));
    }

    public Summary summary(Reading r) {
        Checkpoint at = r.at();
        Map<Light, Integer> projects = counts();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        int[] n = {0, 0, 0};
        jdbc.sql("SELECT s." + r.light() + ", COUNT(*), SUM(s.budget), SUM(s.executed), SUM(s." + r.shortfalls()
                        + "), SUM(s.projected_score), COUNT(s.projected_score) FROM project_status s WHERE "
                        + r.where("s") + " GROUP BY s." + r.light())
                .query(rs -> {
                    projects.put(Light.valueOf(rs.getString(1)), rs.getInt(2));
                    n[0] += rs.getInt(2);
                    sums[0] = sums[0].add(orZero(rs.getBigDecimal(3)));
                    sums[1] = sums[1].add(orZero(rs.getBigDecimal(4)));
                    n[1] += rs.getInt(5);
                    sums[2] = sums[2].add(orZero(rs.getBigDecimal(6)));
                    n[2] += rs.getInt(7);
                });
        Map<Light, Integer> indicators = counts();
        // from the totals: a few thousand at 10,000 projects, not the checkpoint's 130,000 indicator rows
        jdbc.sql("SELECT c." + r.light() + ", SUM(c.n) FROM " + r.indicatorCounts() + " c GROUP BY c." + r.light())
                .query(rs -> {
                    indicators.put(Light.valueOf(rs.getString(1)), rs.getInt(2));
                });
        BigDecimal mean = n[2] == 0 ? null : sums[2].divide(BigDecimal.valueOf(n[2]), 1, RoundingMode.HALF_UP);
        // the grade as the year's scoring profile gives it: none under a profile that does not grade
        Grade grade = mean == null ? null : profiles.forYear(at.year()).grade(mean);
        return new Summary(at, n[0], sums[0], sums[1], projects, indicators, n[1], mean, grade);
    }

    /** A page of the project list. */
    public List<Line> page(Reading r, Filter filter, List<Sort> sorts, int offset, int limit) {
        List<String> order = new ArrayList<>();
        for (Sort s : sorts) {
            String column = column(r, s.key());
            if (column != null) {
                order.add(column + (s.descending() ? " DESC" : ""));
            }
        }
        order.addAll(List.of("s." + r.rank(), "FIELD(s." + r.budgetLight() + "," + RANKS + ")", "p.name", "p.id"));
        var query = jdbc.sql("SELECT p.id, p.name, d.name, s.budget, s.execution_rate, s." + r.light() + ", s."
                + r.budgetLight() + ", s." + r.shortfalls() + ", s.reported, s.indicators " + from(r, filter, true)
                + " ORDER BY " + String.join(", ", order) + " LIMIT " + Math.max(0, limit) + " OFFSET "
                + Math.max(0, offset));
        return bind(query, filter)
                .query((rs, i) -> new Line(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        Light.valueOf(rs.getString(6)),
                        Light.valueOf(rs.getString(7)),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10)))
                .list();
    }

    public int count(Reading r, Filter filter) {
        return bind(jdbc.sql("SELECT COUNT(*) " + from(r, filter, false)), filter)
                .query(Integer.class)
                .single();
    }

    /** The departments (主管部门 and units) with projects of the reader's scope in a year, by name. */
    public List<String> departments(int year) {
        // the departments of the year's projects, then their 主管部门: never a join of every department to every
        // project (an OR in the join condition made that 3 s at 10,000 projects)
        String ofYear = "SELECT p.department_id FROM project p WHERE p.budget_year = :year AND "
                + scopes.current().sql("p");
        return jdbc.sql("SELECT d.name FROM department d WHERE d.id IN (" + ofYear + ") OR d.id IN (SELECT u.parent_id"
                        + " FROM department u WHERE u.id IN (" + ofYear + ")) ORDER BY d.name")
                .param("year", year)
                .query(String.class)
                .list();
    }

    /** The {@code charts} worst projects (the charts' and the printed list's order), judged in full. */
    public PortfolioStatus worst(Reading r, int charts) {
        List<Long> ids = page(r, Filter.NONE, List.of(), 0, charts).stream()
                .map(Line::projectId)
                .toList();
        return status.portfolioOf(ids, r.at());
    }

    /**
     * The rows of the list: a page joins each row's project and department for its columns, a count only the
     * project's name when searching (the department is in the status row).
     */
    private static String from(Reading r, Filter f, boolean page) {
        StringBuilder sql = new StringBuilder("FROM project_status s");
        if (page || present(f.search())) {
            sql.append(" JOIN project p ON p.id = s.project_id");
        }
        if (page) {
            sql.append(" JOIN department d ON d.id = s.department_id");
        }
        sql.append(" WHERE ").append(r.where("s"));
        if (f.light() != null) {
            sql.append(" AND s.").append(r.light()).append(" = :light");
        }
        if (present(f.department())) {
            sql.append(" AND s.department_id IN (SELECT d0.id FROM department d0 WHERE d0.name = :department"
                    + " OR d0.parent_id IN (SELECT d1.id FROM department d1 WHERE d1.name = :department))");
        }
        if (present(f.owner())) {
            sql.append(" AND EXISTS (SELECT 1 FROM project_owner o WHERE o.project_id = s.project_id"
                    + " AND o.username = :owner)");
        }
        if (present(f.search())) {
            sql.append(" AND p.name LIKE :search");
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query, Filter f) {
        if (f.light() != null) {
            query = query.param("light", f.light().name());
        }
        if (present(f.department())) {
            query = query.param("department", f.department());
        }
        if (present(f.owner())) {
            query = query.param("owner", f.owner());
        }
        if (present(f.search())) {
            String s =
                    f.search().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query = query.param("search", "%" + s + "%");
        }
        return query;
    }

    private static @Nullable String column(Reading r, String key) {
        return switch (key) {
            case "light" -> "s." + r.rank();
            case "name" -> "p.name";
            case "department" -> "d.name";
            case "budget" -> "s.budget";
            case "execution" -> "COALESCE(s.execution_rate, -1)";
            case "budgetLight" -> "FIELD(s." + r.budgetLight() + "," + RANKS + ")";
            case "shortfalls" -> "s." + r.shortfalls();
            case "reported" -> "(s.indicators - s.reported)";
            default -> null;
        };
    }

    private static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static BigDecimal orZero(@Nullable BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    private static Map<Light, Integer> counts() {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, 0);
        }
        return counts;
    }
}
