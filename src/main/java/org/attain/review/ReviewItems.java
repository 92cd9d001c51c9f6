package org.attain.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attain.indicator.IndicatorService;
import org.attain.project.DepartmentScope;
import org.attain.status.Checkpoint;
import org.attain.status.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the review items of a project at a checkpoint (its annual indicators and its budget line), and the items of a
 * whole checkpoint that keep its round from being locked. Two queries per call, never one per item.
 */
@Component
public class ReviewItems {

    /** An indicator judged only at year end (a satisfaction survey) is not asked for in an earlier round. */
    static final String EXPECTED = "NOT (i.progress_profile = 'YEAR_END' AND %d < 12)";

    /** Not added by an adjustment after the checkpoint, not removed by then. */
    private static final String COUNTS = IndicatorService.countsAt("i", ":m");

    private static final List<String> REVIEW_COLUMNS = List.of(
            "review_state",
            "version",
            "updated_by",
            "updated_at",
            "submitted_by",
            "submitted_at",
            "reviewed_by",
            "reviewed_at",
            "review_reason");

    private final JdbcClient jdbc;

    ReviewItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The budget line first, then the annual indicators in the order of the approval document. */
    public List<ReviewItem> of(long projectId, Checkpoint at) {
        List<ReviewItem> items = new ArrayList<>();
        jdbc.sql("""
                SELECT b.id, (b.executed IS NOT NULL OR b.adjusted_budget IS NOT NULL OR b.forecast IS NOT NULL)
                       AS has_values, %s
                FROM project p LEFT JOIN budget_execution b ON b.project_id = p.id AND b.checkpoint_year = :y
                     AND b.checkpoint_month = :m
                WHERE p.id = :p""".formatted(prefixed("b")))
                .param("p", projectId)
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> item(rs, ItemKey.BUDGET, null, true))
                .list()
                .forEach(items::add);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("No project " + projectId);
        }
        jdbc.sql("""
                SELECT a.id, (a.actual_value IS NOT NULL OR a.actual_level IS NOT NULL OR a.forecast_value IS NOT NULL
                       OR a.forecast_level IS NOT NULL OR a.likelihood IS NOT NULL OR a.reasons IS NOT NULL
                       OR a.reason_text IS NOT NULL OR a.corrective_action IS NOT NULL OR a.narrative IS NOT NULL
                       OR a.note IS NOT NULL) AS has_values, %s, i.id AS indicator_id, i.name,
                       %s AS expected
                FROM indicator i LEFT JOIN indicator_actual a ON a.indicator_id = i.id AND a.checkpoint_year = :y
                     AND a.checkpoint_month = :m
                WHERE i.project_id = :p AND i.goal_table = 'ANNUAL' AND %s
                ORDER BY i.position""".formatted(prefixed("a"), EXPECTED.formatted(at.month()), COUNTS))
                .param("p", projectId)
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> item(
                        rs,
                        ItemKey.indicator(rs.getLong("indicator_id")),
                        rs.getString("name"),
                        rs.getBoolean("expected")))
                .list()
                .forEach(items::add);
        return items;
    }

    /** The open items of every project of the checkpoint's year, as "project · indicator" (the budget line: null). */
    public List<OpenItem> open(Checkpoint at) {
        return open(at, DepartmentScope.ALL);
    }

    /** As {@link #open(Checkpoint)} for the projects of a department and its units only. */
    public List<OpenItem> open(Checkpoint at, DepartmentScope departments) {
        String unsettled = " NOT IN ('APPROVED', 'WAIVED')";
        List<OpenItem> open = new ArrayList<>(jdbc.sql("""
                SELECT p.name FROM project p LEFT JOIN budget_execution b ON b.project_id = p.id
                     AND b.checkpoint_year = :y AND b.checkpoint_month = :m
                WHERE p.budget_year = :y AND %s AND (b.id IS NULL OR b.review_state%s) ORDER BY p.name""".formatted(departments.sql("p"), unsettled))
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> new OpenItem(rs.getString(1), null))
                .list());
        open.addAll(jdbc.sql("""
                SELECT p.name, i.name FROM project p JOIN indicator i ON i.project_id = p.id AND i.goal_table = 'ANNUAL'
                LEFT JOIN indicator_actual a ON a.indicator_id = i.id AND a.checkpoint_year = :y AND a.checkpoint_month = :m
                WHERE p.budget_year = :y AND %s AND %s AND (a.id IS NULL AND %s OR a.review_state%s)
                ORDER BY p.name, i.position""".formatted(departments.sql("p"), COUNTS, EXPECTED.formatted(at.month()), unsettled))
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> new OpenItem(rs.getString(1), rs.getString(2)))
                .list());
        return open;
    }

    /** An item that is neither approved nor waived: its project and indicator (null for the budget line). */
    public record OpenItem(String project, @Nullable String indicator) {}

    private static String prefixed(String alias) {
        return String.join(
                ", ", REVIEW_COLUMNS.stream().map(c -> alias + "." + c).toList());
    }

    private static ReviewItem item(ResultSet rs, ItemKey key, @Nullable String name, boolean expected)
            throws SQLException {
        Long rowId = rs.getObject(1, Long.class);
        ReviewState state = ReviewState.decode(rs.getString("review_state"));
        Review review = state == null
                ? null
                : new Review(
                        state,
                        rs.getString("submitted_by"),
                        instant(rs.getTimestamp("submitted_at")),
                        rs.getString("reviewed_by"),
                        instant(rs.getTimestamp("reviewed_at")),
                        rs.getString("review_reason"));
        return new ReviewItem(
                key,
                name,
                state,
                rs.getBoolean("has_values"),
                expected,
                rowId,
                rs.getInt("version"),
                rs.getString("updated_by"),
                instant(rs.getTimestamp("updated_at")),
                review);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
