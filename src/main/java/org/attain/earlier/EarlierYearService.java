package org.attain.earlier;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.assessment.LowerIsBetterRule;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.Scorer;
import org.attain.assessment.SelfEvaluation;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.status.Checkpoint;
import org.attain.status.QualitativeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads earlier years' history: an imported self-evaluation beside Attain's recomputation, and last year's value of
 * each indicator at the same checkpoint.
 */
@Service
public class EarlierYearService {

    private final JdbcClient jdbc;
    private final SelfEvaluationService selfEvaluations;
    private final IndicatorService indicators;
    private final LowerIsBetterRule rule;

    EarlierYearService(
            JdbcClient jdbc,
            SelfEvaluationService selfEvaluations,
            IndicatorService indicators,
            @Value("${attain.scoring.lower-is-better:RATIO}") LowerIsBetterRule rule) {
        this.jdbc = jdbc;
        this.selfEvaluations = selfEvaluations;
        this.indicators = indicators;
        this.rule = rule;
    }

    private record Stated(
            @Nullable String actual,
            @Nullable BigDecimal weight,
            @Nullable BigDecimal score) {}

    /** The imported self-evaluation of a project beside Attain's recomputation, if one was imported. */
    public Optional<ScoreComparison> comparison(long projectId) {
        return jdbc.sql("""
                SELECT id, checkpoint_year, source, budget_weight, budget_score, total_score, grade FROM history_import
                WHERE project_id = :p AND kind = 'SELF_EVALUATION' ORDER BY checkpoint_year DESC LIMIT 1""")
                .param("p", projectId)
                .query((rs, n) -> compare(
                        projectId,
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getString(7)))
                .optional();
    }

    private ScoreComparison compare(
            long projectId,
            long importId,
            int year,
            String source,
            @Nullable BigDecimal budgetWeight,
            @Nullable BigDecimal budgetScore,
            @Nullable BigDecimal total,
            @Nullable String grade) {
        Map<Long, Stated> stated = new HashMap<>();
        jdbc.sql("SELECT indicator_id, actual_text, weight, score FROM history_indicator WHERE import_id = :i")
                .param("i", importId)
                .query((rs, n) -> stated.put(
                        rs.getLong(1), new Stated(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4))))
                .list();
        Map<Long, Indicator> byId = new HashMap<>();
        indicators.findByProject(projectId).forEach(i -> byId.put(i.getId(), i));
        SelfEvaluation attain = selfEvaluations.yearEnd(projectId, year);
        Scorer scorer = new Scorer(rule, attain.profile().bands());
        List<ScoreComparison.Line> lines = attain.rows().stream()
                .map(r -> line(r, stated.get(r.indicatorId()), byId.get(r.indicatorId()), scorer))
                .toList();
        return new ScoreComparison(attain, source, lines, budgetWeight, budgetScore, total, grade);
    }

    private static ScoreComparison.Line line(
            ScoreRow r, @Nullable Stated s, @Nullable Indicator indicator, Scorer scorer) {
        BigDecimal weight = s == null ? null : s.weight();
        var underStated = weight == null || indicator == null
                ? null
                : scorer.score(indicator.getTarget(), weight, r.value(), r.level(), null);
        return new ScoreComparison.Line(
                r.indicatorId(),
                r.name(),
                r.target(),
                s == null ? null : s.actual(),
                weight,
                s == null ? null : s.score(),
                r.score(),
                underStated);
    }

    /** Whether an earlier year's document was imported for this project. */
    public boolean hasHistory(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM history_import WHERE project_id = :p")
                        .param("p", projectId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Indicator id of this project → the value of the indicator of the same name, in the project of the same name and
     * department a year earlier, at the same month: what "the same checkpoint last year" shows.
     */
    public Map<Long, LastYearValue> lastYear(long projectId, Checkpoint at) {
        Map<Long, LastYearValue> result = new HashMap<>();
        Checkpoint then = new Checkpoint(at.year() - 1, at.month());
        jdbc.sql("""
                SELECT i.id, j.id, v.actual_value, j.unit, v.actual_level, v.narrative, j.target_text
                FROM indicator i
                JOIN project p ON p.id = i.project_id
                JOIN project q ON q.department_id = p.department_id AND q.name = p.name AND q.budget_year = p.budget_year - 1
                JOIN indicator j ON j.project_id = q.id AND j.goal_table = i.goal_table AND j.name = i.name
                JOIN approved_actual v ON v.indicator_id = j.id AND v.checkpoint_year = :y AND v.checkpoint_month = :m
                WHERE i.project_id = :p AND i.goal_table = 'ANNUAL'""")
                .param("p", projectId)
                .param("y", then.year())
                .param("m", then.month())
                .query((rs, n) -> result.put(
                        rs.getLong(1),
                        new LastYearValue(
                                rs.getLong(2),
                                then,
                                rs.getBigDecimal(3),
                                rs.getString(4),
                                rs.getString(5) == null ? null : QualitativeLevel.valueOf(rs.getString(5)),
                                rs.getString(6),
                                rs.getString(7))))
                .list();
        return result;
    }
}
