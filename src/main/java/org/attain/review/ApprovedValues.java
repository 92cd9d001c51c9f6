package org.attain.review;

import java.sql.Timestamp;
import org.attain.status.Checkpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The values in force (approved_actual, approved_budget): what the leaders' pages, the official tables and the
 * self-evaluation read. Approving copies the reviewed row; withdrawing an approval removes the copy.
 */
@Component
class ApprovedValues {

    private final JdbcClient jdbc;

    ApprovedValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void approve(ItemKey key, long rowId, String who, Timestamp at) {
        if (key.isBudget()) {
            jdbc.sql("""
                    REPLACE INTO approved_budget (project_id, checkpoint_year, checkpoint_month, adjusted_budget,
                           adjustment_reason, executed, forecast, reasons, reason_text, likelihood, corrective_action,
                           carried_from, entered_by, entered_at, approved_by, approved_at)
                    SELECT project_id, checkpoint_year, checkpoint_month, adjusted_budget, adjustment_reason, executed,
                           forecast, reasons, reason_text, likelihood, corrective_action, carried_from, updated_by,
                           updated_at, :who, :at
                    FROM budget_execution WHERE id = :id""").param("id", rowId).param("who", who).param("at", at).update();
        } else {
            jdbc.sql("""
                    REPLACE INTO approved_actual (indicator_id, checkpoint_year, checkpoint_month, actual_value,
                           actual_level, narrative, forecast_value, forecast_level, reasons, reason_text, likelihood,
                           corrective_action, note, carried_from, entered_by, entered_at, approved_by, approved_at)
                    SELECT indicator_id, checkpoint_year, checkpoint_month, actual_value, actual_level, narrative,
                           forecast_value, forecast_level, reasons, reason_text, likelihood, corrective_action, note,
                           carried_from, updated_by, updated_at, :who, :at
                    FROM indicator_actual WHERE id = :id""").param("id", rowId).param("who", who).param("at", at).update();
        }
    }

    void withdraw(long projectId, ItemKey key, Checkpoint at) {
        String sql = key.isBudget()
                ? "DELETE FROM approved_budget WHERE project_id = :owner"
                : "DELETE FROM approved_actual WHERE indicator_id = :owner";
        jdbc.sql(sql + " AND checkpoint_year = :y AND checkpoint_month = :m")
                .param("owner", key.isBudget() ? projectId : key.indicatorId())
                .param("y", at.year())
                .param("m", at.month())
                .update();
    }
}
