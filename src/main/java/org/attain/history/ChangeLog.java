package org.attain.history;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attain.base.RowInserts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Records every change of an actual, forecast, budget figure or target (who, when, old → new) and reads it back. */
@Service
public class ChangeLog {

    private static final String INSERT_INTO = "INSERT INTO change_log"
            + " (changed_at, changed_by, project_id, indicator_id, checkpoint, field, old_value, new_value)";
    private static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ChangeLog(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Records a change when old and new differ; returns whether it did. */
    public boolean record(
            String who,
            @Nullable Long projectId,
            @Nullable Long indicatorId,
            @Nullable String checkpoint,
            String field,
            @Nullable Object oldValue,
            @Nullable Object newValue) {
        Pending one = pending();
        boolean changed = one.record(who, projectId, indicatorId, checkpoint, field, oldValue, newValue);
        one.flush();
        return changed;
    }

    /**
     * Changes recorded as {@link #record} does and written together by {@link Pending#flush()} — one batched insert
     * for a bulk write (an import) instead of one statement per change. Flush in the same transaction.
     */
    public Pending pending() {
        return new Pending();
    }

    /** Changes not yet written; each keeps the time it was recorded at. */
    public final class Pending {

        private final List<Object[]> rows = new ArrayList<>();

        private Pending() {}

        /** As {@link ChangeLog#record}, written on {@link #flush()}. */
        public boolean record(
                String who,
                @Nullable Long projectId,
                @Nullable Long indicatorId,
                @Nullable String checkpoint,
                String field,
                @Nullable Object oldValue,
                @Nullable Object newValue) {
            String o = text(oldValue);
            String n = text(newValue);
            if (Objects.equals(o, n)) {
                return false;
            }
            rows.add(
                    new Object[] {Timestamp.from(Instant.now()), who, projectId, indicatorId, checkpoint, field, o, n});
            return true;
        }

        /** Writes the recorded changes in their order, many rows a statement. */
        public void flush() {
            RowInserts.insert(batch, INSERT_INTO, VALUES, rows);
            rows.clear();
        }
    }

    /**
     * The changes of an indicator, newest first.
     *
     * @param withDrafts also the changes of values not yet approved; without, a change of a reported value shows once
     *     the value it led to has been approved (the target's own changes have their own approval and always show)
     */
    public List<Change> forIndicator(long indicatorId, boolean withDrafts) {
        return jdbc.sql("""
                SELECT changed_at, changed_by, project_id, indicator_id, checkpoint, field, old_value, new_value
                FROM change_log c
                WHERE indicator_id = :id
                  AND (:drafts OR c.checkpoint IS NULL OR (c.field = 'review' AND c.new_value = 'APPROVED') OR EXISTS (
                      SELECT 1 FROM approved_actual a
                      WHERE a.indicator_id = c.indicator_id
                        AND c.checkpoint = CONCAT(a.checkpoint_year, '-', LPAD(a.checkpoint_month, 2, '0'))
                        AND a.approved_at >= c.changed_at))
                ORDER BY changed_at DESC, id DESC""")
                .param("id", indicatorId)
                .param("drafts", withDrafts)
                .query(ChangeLog::map)
                .list();
    }

    /** Filter of the audit log; blank fields do not filter. */
    public record Filter(
            @Nullable String project,
            @Nullable String user,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /** A change with the names of its project and indicator. */
    public record Entry(
            Change change,
            @Nullable String project,
            @Nullable String indicator) {}

    private static final String SEARCH = """
            FROM change_log c LEFT JOIN project p ON p.id = c.project_id LEFT JOIN indicator i ON i.id = c.indicator_id
            WHERE (:project = '' OR p.name LIKE CONCAT('%', :project, '%'))
              AND (:user = '' OR c.changed_by = :user)
              AND (:from IS NULL OR c.changed_at >= :from)
              AND (:to IS NULL OR c.changed_at < :to)""";

    public List<Entry> search(Filter f, int offset, int limit) {
        return bind(
                        jdbc.sql("""
                SELECT c.changed_at, c.changed_by, c.project_id, c.indicator_id, c.checkpoint, c.field, c.old_value,
                       c.new_value, p.name, i.name""" + " " + SEARCH
                                + " ORDER BY c.changed_at DESC, c.id DESC LIMIT :limit OFFSET :offset"),
                        f)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Entry(map(rs, n), rs.getString(9), rs.getString(10)))
                .list();
    }

    public int count(Filter f) {
        return bind(jdbc.sql("SELECT COUNT(*) " + SEARCH), f)
                .query(Integer.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        return spec.param("project", f.project() == null ? "" : f.project().strip())
                .param("user", f.user() == null ? "" : f.user().strip())
                .param(
                        "from",
                        f.from() == null ? null : Timestamp.valueOf(f.from().atStartOfDay()))
                .param(
                        "to",
                        f.to() == null
                                ? null
                                : Timestamp.valueOf(f.to().plusDays(1).atStartOfDay()));
    }

    private static Change map(ResultSet rs, int n) throws SQLException {
        return new Change(
                rs.getTimestamp(1).toInstant(),
                rs.getString(2),
                (Long) rs.getObject(3, Long.class),
                (Long) rs.getObject(4, Long.class),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    /** One recorded change. */
    public record Change(
            Instant at,
            String who,
            @Nullable Long projectId,
            @Nullable Long indicatorId,
            @Nullable String checkpoint,
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {}
}
