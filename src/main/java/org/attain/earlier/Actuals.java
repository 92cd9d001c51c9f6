package org.attain.earlier;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.attain.importing.history.StatedIndicator;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes an earlier year's actuals and budget execution where every year's are: the entered row, approved, and the
 * approved value in force, so that the earlier year's pages, tables and self-evaluation read them like any other.
 */
final class Actuals {

    private Actuals() {}

    record Before(@Nullable Object actual, @Nullable BigDecimal forecast) {}

    static Before before(JdbcClient jdbc, long indicatorId, Checkpoint at) {
        return jdbc.sql("""
                SELECT actual_value, actual_level, forecast_value FROM approved_actual
                WHERE indicator_id = :i AND checkpoint_year = :y AND checkpoint_month = :m""")
                .param("i", indicatorId)
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> new Before(
                        rs.getBigDecimal(1) != null ? rs.getBigDecimal(1) : rs.getString(2), rs.getBigDecimal(3)))
                .optional()
                .orElse(new Before(null, null));
    }

    static void write(
            JdbcClient jdbc,
            long indicatorId,
            Checkpoint at,
            StatedIndicator s,
            @Nullable String narrative,
            String who) {
        Timestamp now = Timestamp.from(Instant.now());
        String level = s.actualLevel() == null ? null : s.actualLevel().name();
        // the same values for the row and its approved copy (HashMap: some are null)
        Map<String, Object> values = new HashMap<>();
        values.put("i", indicatorId);
        values.put("y", at.year());
        values.put("m", at.month());
        values.put("v", s.actualValue());
        values.put("l", level);
        values.put("n", narrative);
        values.put("f", s.forecastValue());
        values.put("r", s.reasons());
        values.put("who", who);
        values.put("at", now);
        jdbc.sql("""
                INSERT INTO indicator_actual (indicator_id, checkpoint_year, checkpoint_month, actual_value, actual_level,
                    narrative, forecast_value, reason_text, updated_by, updated_at, review_state, reviewed_by, reviewed_at)
                VALUES (:i, :y, :m, :v, :l, :n, :f, :r, :who, :at, 'APPROVED', :who, :at)
                ON DUPLICATE KEY UPDATE actual_value = :v, actual_level = :l, narrative = :n, forecast_value = :f,
                    reason_text = :r, updated_by = :who, updated_at = :at, review_state = 'APPROVED', reviewed_by = :who,
                    reviewed_at = :at, version = version + 1""").params(values).update();
        jdbc.sql("""
                INSERT INTO approved_actual (indicator_id, checkpoint_year, checkpoint_month, actual_value, actual_level,
                    narrative, forecast_value, reason_text, entered_by, entered_at, approved_by, approved_at)
                VALUES (:i, :y, :m, :v, :l, :n, :f, :r, :who, :at, :who, :at)
                ON DUPLICATE KEY UPDATE actual_value = :v, actual_level = :l, narrative = :n, forecast_value = :f,
                    reason_text = :r, entered_by = :who, entered_at = :at, approved_by = :who, approved_at = :at""").params(values).update();
    }

    /** Stores the budget execution as approved; returns the spending in force before. */
    static @Nullable BigDecimal budget(
            JdbcClient jdbc,
            long projectId,
            Checkpoint at,
            @Nullable BigDecimal adjusted,
            BigDecimal executed,
            String who) {
        BigDecimal before = jdbc.sql("""
                SELECT executed FROM approved_budget
                WHERE project_id = :p AND checkpoint_year = :y AND checkpoint_month = :m""")
                .param("p", projectId)
                .param("y", at.year())
                .param("m", at.month())
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
        Timestamp now = Timestamp.from(Instant.now());
        for (String sql : new String[] {"""
            INSERT INTO budget_execution (project_id, checkpoint_year, checkpoint_month, adjusted_budget, executed,
                updated_by, updated_at, review_state, reviewed_by, reviewed_at)
            VALUES (:p, :y, :m, :adj, :e, :who, :at, 'APPROVED', :who, :at)
            ON DUPLICATE KEY UPDATE adjusted_budget = :adj, executed = :e, updated_by = :who, updated_at = :at,
                review_state = 'APPROVED', reviewed_by = :who, reviewed_at = :at, version = version + 1""", """
            INSERT INTO approved_budget (project_id, checkpoint_year, checkpoint_month, adjusted_budget, executed,
                entered_by, entered_at, approved_by, approved_at)
            VALUES (:p, :y, :m, :adj, :e, :who, :at, :who, :at)
            ON DUPLICATE KEY UPDATE adjusted_budget = :adj, executed = :e, entered_by = :who, entered_at = :at,
                approved_by = :who, approved_at = :at"""}) {
            jdbc.sql(sql)
                    .param("p", projectId)
                    .param("y", at.year())
                    .param("m", at.month())
                    .param("adj", adjusted)
                    .param("e", executed)
                    .param("who", who)
                    .param("at", now)
                    .update();
        }
        return before;
    }
}
