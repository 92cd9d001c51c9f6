package org.attain.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The portfolio's shortfalls a slice at a time, in the order the leaders read them: first every project whose budget
 * execution lags (双监控), then every indicator that falls short, worst light first. Only the projects of the slice are
 * judged in full, so a screen holds the shortfalls it shows, never the year's.
 */
@Service
public class PortfolioShortfalls {

    private static final String SHORTFALL = "('RED','YELLOW','OVERDUE')";
    private static final String RANKS = "'RED','YELLOW','OVERDUE','NOT_REPORTED','BLUE','GREEN','NOT_DUE'";

    private final JdbcClient jdbc;
    private final StatusService status;

    PortfolioShortfalls(JdbcClient jdbc, StatusService status) {
        this.jdbc = jdbc;
        this.status = status;
    }

    /** One shortfall: a project's budget ({@code indicator} null) or one of its indicators. */
    public record Shortfall(ProjectStatus project, @Nullable IndicatorRow indicator) {}

    /** The shortfalls from {@code offset}, at most {@code limit}: budgets first, then indicators. */
    public List<Shortfall> slice(PortfolioQueries.Reading r, int offset, int limit) {
        int budgetCount = jdbc.sql("SELECT COUNT(*) FROM project_status s WHERE " + budgets(r))
                .query(Integer.class)
                .single();
        List<Long> budgetIds = offset >= budgetCount
                ? List.of()
                : jdbc.sql("SELECT s.project_id FROM project_status s WHERE " + budgets(r) + " ORDER BY FIELD(s."
                                + r.budgetLight() + "," + RANKS + "), COALESCE(s.execution_rate, 0), s.project_id"
                                + " LIMIT " + limit + " OFFSET " + offset)
                        .query(Long.class)
                        .list();
        int rest = limit - budgetIds.size();
        List<long[]> rows = rest <= 0
                ? List.of()
                : jdbc.sql("SELECT s.project_id, s.indicator_id FROM indicator_status s WHERE " + indicators(r)
                                + " ORDER BY FIELD(s." + r.light() + "," + RANKS
                                + "), s.project_id, s.indicator_id LIMIT " + rest + " OFFSET "
                                + Math.max(0, offset - budgetCount))
                        .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .list();
        Set<Long> ids = new LinkedHashSet<>(budgetIds);
        rows.forEach(row -> ids.add(row[0]));
        Map<Long, ProjectStatus> judged = new HashMap<>();
        status.portfolioOf(ids, r.at()).projects().forEach(p -> judged.put(p.projectId(), p));
        List<Shortfall> slice = new ArrayList<>();
        for (long id : budgetIds) {
            if (judged.containsKey(id)) {
                slice.add(new Shortfall(judged.get(id), null));
            }
        }
        for (long[] row : rows) {
            ProjectStatus p = judged.get(row[0]);
            if (p != null) {
                p.indicators().stream()
                        .filter(i -> i.indicatorId() == row[1])
                        .findFirst()
                        .ifPresent(i -> slice.add(new Shortfall(p, i)));
            }
        }
        return slice;
    }

    private static String budgets(PortfolioQueries.Reading r) {
        return r.where("s") + " AND (s." + r.budgetLight() + " IN " + SHORTFALL + " OR s.budget_behind)";
    }

    private static String indicators(PortfolioQueries.Reading r) {
        return r.where("s") + " AND (s." + r.light() + " IN " + SHORTFALL + " OR s.flagged)";
    }
}
