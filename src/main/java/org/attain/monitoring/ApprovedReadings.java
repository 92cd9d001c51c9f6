package org.attain.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;
import org.attain.status.ReviewState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The approved values in force, for a reader who may not see drafts (the entry form and history of a leader). */
@Component
class ApprovedReadings {

    private final JdbcClient jdbc;

    ApprovedReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Indicator id → the approved values of a project at a checkpoint, with who entered them and when. */
    Map<Long, HistoryPoint> forProject(long projectId, Checkpoint at) {
        Map<Long, HistoryPoint> result = new HashMap<>();
        jdbc.sql("""
                SELECT v.* FROM approved_actual v JOIN indicator i ON i.id = v.indicator_id
                WHERE i.project_id = :p AND v.checkpoint_year = :y AND v.checkpoint_month = :m""")
                .param("p", projectId)
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> result.put(rs.getLong("indicator_id"), point(rs)))
                .list();
        return result;
    }

    List<HistoryPoint> history(long indicatorId) {
        return jdbc.sql(
                        "SELECT * FROM approved_actual WHERE indicator_id = :id ORDER BY checkpoint_year, checkpoint_month")
                .param("id", indicatorId)
                .query((rs, n) -> point(rs))
                .list();
    }

    Optional<BudgetInput> budget(long projectId, Checkpoint at) {
        return jdbc.sql("""
                SELECT * FROM approved_budget WHERE project_id = :p AND checkpoint_year = :y AND checkpoint_month = :m""")
                .param("p", projectId)
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> new BudgetInput(
                        null,
                        rs.getBigDecimal("adjusted_budget"),
                        rs.getString("adjustment_reason"),
                        rs.getBigDecimal("executed"),
                        rs.getBigDecimal("forecast"),
                        new Deviation(
                                Deviation.decodeReasons(rs.getString("reasons")),
                                rs.getString("reason_text"),
                                likelihood(rs.getString("likelihood")),
                                rs.getString("corrective_action"))))
                .optional();
    }

    private static HistoryPoint point(ResultSet rs) throws SQLException {
        ActualInput values = new ActualInput(
                rs.getLong("indicator_id"),
                null,
                rs.getBigDecimal("actual_value"),
                level(rs.getString("actual_level")),
                rs.getString("narrative"),
                rs.getBigDecimal("forecast_value"),
                level(rs.getString("forecast_level")),
                Deviation.decodeReasons(rs.getString("reasons")),
                rs.getString("reason_text"),
                likelihood(rs.getString("likelihood")),
                rs.getString("corrective_action"),
                rs.getString("note"));
        return new HistoryPoint(
                new Checkpoint(rs.getInt("checkpoint_year"), rs.getInt("checkpoint_month")),
                values,
                rs.getString("entered_by"),
                rs.getTimestamp("entered_at").toInstant(),
                ReviewState.APPROVED);
    }

    private static QualitativeLevel level(String s) {
        return s == null ? null : QualitativeLevel.valueOf(s);
    }

    private static Likelihood likelihood(String s) {
        return s == null ? null : Likelihood.valueOf(s);
    }
}
