package org.attain.earlier;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.attain.history.ChangeLog;
import org.attain.importing.history.HistoryKind;
import org.attain.importing.history.StatedBudget;
import org.attain.importing.history.StatedIndicator;
import org.attain.importing.history.StatedProject;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL of a history import: the document's own record (weights, scores, totals as stated), and the actuals and
 * budget execution at its checkpoint as approved values, each change in the change log.
 */
@Component
class HistoryWrites {

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;

    HistoryWrites(JdbcClient jdbc, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    /** An import of this project, kind and checkpoint already stored: its file and when. */
    record Existing(long id, String source, Instant importedAt, String importedBy) {}

    Optional<Existing> existing(long projectId, HistoryKind kind, Checkpoint at) {
        return jdbc.sql("""
                SELECT id, source, imported_at, imported_by FROM history_import
                WHERE project_id = :p AND kind = :k AND checkpoint_year = :y AND checkpoint_month = :m""")
                .param("p", projectId)
                .param("k", kind.name())
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> new Existing(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional();
    }

    void delete(long importId) {
        jdbc.sql("DELETE FROM history_import WHERE id = :id")
                .param("id", importId)
                .update();
    }

    long insertImport(long projectId, StatedProject p, String source, String digest, String who) {
        StatedBudget b = p.budget();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO history_import (project_id, kind, checkpoint_year, checkpoint_month, source, digest,
                    initial_budget, annual_budget, executed, budget_weight, execution_rate, budget_score, total_weight,
                    total_score, grade, imported_by, imported_at)
                VALUES (:p, :k, :y, :m, :source, :digest, :initial, :annual, :executed, :bw, :rate, :bs, :tw, :ts,
                    :grade, :who, :at)""")
                .param("p", projectId)
                .param("k", p.kind().name())
                .param("y", p.checkpoint().year())
                .param("m", p.checkpoint().month())
                .param("source", source.length() > 300 ? source.substring(0, 300) : source)
                .param("digest", digest)
                .param("initial", b.initial())
                .param("annual", b.annual())
                .param("executed", b.executed())
                .param("bw", b.weight())
                .param("rate", b.rate())
                .param("bs", b.score())
                .param("tw", p.total() == null ? null : p.total().weight())
                .param("ts", p.total() == null ? null : p.total().score())
                .param("grade", p.total() == null ? null : p.total().grade())
                .param("who", who)
                .param("at", Timestamp.from(Instant.now()))
                .update(key);
        return key.getKey().longValue();
    }

    void insertIndicator(long importId, long indicatorId, StatedIndicator s) {
        jdbc.sql("""
                INSERT INTO history_indicator (import_id, indicator_id, actual_text, forecast_text, weight, score, reasons)
                VALUES (:i, :ind, :a, :f, :w, :s, :r)""")
                .param("i", importId)
                .param("ind", indicatorId)
                .param("a", cut(s.actual()))
                .param("f", cut(s.forecast()))
                .param("w", s.weight())
                .param("s", s.score())
                .param("r", s.reasons())
                .update();
    }

    private static @Nullable String cut(@Nullable String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    /** The actual, forecast and reasons at the checkpoint, as approved values (the document is the approval). */
    void actual(long projectId, long indicatorId, Checkpoint at, StatedIndicator s, String who) {
        Actuals.Before before = Actuals.before(jdbc, indicatorId, at);
        String narrative = s.actualValue() == null && s.actualLevel() == null ? s.actual() : null;
        Actuals.write(jdbc, indicatorId, at, s, narrative, who);
        Object actual = s.actualValue() != null ? s.actualValue() : s.actualLevel();
        changeLog.record(who, projectId, indicatorId, at.iso(), "actual", before.actual(), actual);
        changeLog.record(who, projectId, indicatorId, at.iso(), "forecast", before.forecast(), s.forecastValue());
    }

    /** The budget execution at the checkpoint: 全年预算数 where it differs from the approved budget, and the spending. */
    void budget(long projectId, Checkpoint at, StatedBudget b, BigDecimal approved, String who) {
        if (b.executed() == null) {
            return;
        }
        BigDecimal adjusted =
                b.annual() != null && b.annual().signum() > 0 && b.annual().compareTo(approved) != 0
                        ? b.annual()
                        : null;
        BigDecimal executedBefore = Actuals.budget(jdbc, projectId, at, adjusted, b.executed(), who);
        changeLog.record(who, projectId, null, at.iso(), "executed", executedBefore, b.executed());
    }
}
