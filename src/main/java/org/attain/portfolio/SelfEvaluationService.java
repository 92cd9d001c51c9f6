package org.attain.portfolio;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.assessment.Basis;
import org.attain.assessment.IndicatorScore;
import org.attain.assessment.LowerIsBetterRule;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.Scorer;
import org.attain.assessment.ScoringProfile;
import org.attain.assessment.SelfEvaluation;
import org.attain.assessment.Weights;
import org.attain.history.ChangeLog;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.scoring.ScoringProfiles;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.attain.status.QualitativeLevel;
import org.attain.status.Reading;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end self-evaluation and the projected score at any checkpoint, from the approved values Attain holds (a
 * status that shows drafts to their owner or the officer is read again with approved values only); weights and
 * qualitative scores as the performance officer set them.
 */
@Service
public class SelfEvaluationService {

    private final StatusService status;
    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final LowerIsBetterRule rule;
    private final CurrentUser currentUser;
    private final ScoringProfiles profiles;

    SelfEvaluationService(
            StatusService status,
            JdbcClient jdbc,
            ChangeLog changeLog,
            @Value("${attain.scoring.lower-is-better:RATIO}") LowerIsBetterRule rule,
            CurrentUser currentUser,
            ScoringProfiles profiles) {
        this.currentUser = currentUser;
        this.status = status;
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.rule = rule;
        this.profiles = profiles;
    }

    /** The final self-evaluation of a year: year-end actuals. */
    public SelfEvaluation yearEnd(long projectId, int year) {
        return evaluate(projectId, Checkpoint.yearEnd(year));
    }

    /**
     * The self-evaluation as it stands at a checkpoint: at 1-12月 the final score from the actuals, before that the
     * score projected from the full-year forecasts (see {@link SelfEvaluation}).
     */
    public SelfEvaluation evaluate(long projectId, Checkpoint at) {
        ProjectStatus p = status.approvedProject(projectId, at)
                .orElseThrow(() -> new IllegalArgumentException("No project " + projectId));
        return evaluate(p);
    }

    /** The self-evaluation of a project whose status the caller already holds (no second status query). */
    public SelfEvaluation evaluate(ProjectStatus p) {
        return evaluate(List.of(p)).getFirst();
    }

    /** The self-evaluations of several projects at their checkpoint, in order, with two queries for all settings. */
    public List<SelfEvaluation> evaluate(List<ProjectStatus> shown) {
        List<ProjectStatus> projects = shown.stream().map(this::approved).toList();
        List<Long> ids = projects.stream().map(ProjectStatus::projectId).toList();
        Map<Long, Weights> weights = weights(ids);
        Map<Long, Setting> settings = settings(ids);
        Map<Integer, ScoringProfile> byYear = new HashMap<>();
        return projects.stream()
                .map(p -> evaluate(
                        p,
                        byYear.computeIfAbsent(p.checkpoint().year(), profiles::forYear),
                        weights.get(p.projectId()),
                        settings))
                .toList();
    }

    /**
     * The self-evaluations of a whole portfolio at its checkpoint (projected before year end), by project id. A project
     * whose weights are inconsistent, or with nothing at all to score yet, is left out.
     */
    public Map<Long, SelfEvaluation> projected(PortfolioStatus shown) {
        PortfolioStatus portfolio = shown.projects().stream().anyMatch(ProjectStatus::showsUnapproved)
                ? status.approvedPortfolio(shown.checkpoint())
                : shown;
        return projected(portfolio.checkpoint(), portfolio.projects());
    }

    /** As {@link #projected(PortfolioStatus)} for projects judged on approved values only. */
    Map<Long, SelfEvaluation> projected(Checkpoint at, List<ProjectStatus> approved) {
        return projected(Map.of(at, approved)).getOrDefault(at, Map.of());
    }

    /** As {@link #projected(Checkpoint, List)} at several checkpoints, the weights and settings read once for all. */
    Map<Checkpoint, Map<Long, SelfEvaluation>> projected(Map<Checkpoint, List<ProjectStatus>> approved) {
        List<Long> ids = approved.values().stream()
                .flatMap(List::stream)
                .map(ProjectStatus::projectId)
                .distinct()
                .toList();
        Map<Long, Weights> weights = weights(ids);
        Map<Long, Setting> settings = settings(ids);
        Map<Integer, ScoringProfile> byYear = new HashMap<>();
        Map<Checkpoint, Map<Long, SelfEvaluation>> result = new HashMap<>();
        approved.forEach((at, projects) -> {
            ScoringProfile profile = byYear.computeIfAbsent(at.year(), profiles::forYear);
            Map<Long, SelfEvaluation> scored = result.computeIfAbsent(at, k -> new HashMap<>());
            for (ProjectStatus p : projects) {
                if (!at.isYearEnd() && nothingReported(p)) {
                    continue; // a projection with nothing to score has no score (SelfEvaluation.hasScore)
                }
                try {
                    SelfEvaluation e = evaluate(p, profile, weights.get(p.projectId()), settings);
                    if (e.hasScore()) {
                        scored.put(p.projectId(), e);
                    }
                } catch (IllegalArgumentException e) {
                    // inconsistent settings: that project shows no projection until the officer fixes its weights
                }
            }
        });
        return result;
    }

    /** No value, forecast or spending: no line of a projection can score (a new project, most of a year's rounds). */
    private static boolean nothingReported(ProjectStatus p) {
        return p.budgetStatus().executed() == null
                && p.forecastSpending() == null
                && p.indicators().stream().allMatch(r -> Reading.NONE.equals(r.reading()));
    }

    private ProjectStatus approved(ProjectStatus p) {
        return !p.showsUnapproved()
                ? p
                : status.approvedProject(p.projectId(), p.checkpoint()).orElse(p);
    }

    /**
     * Scores a project under the year's profile: its categories weighted as the officer set them for the project, else
     * as the profile weighs them; qualitative levels within the profile's bands.
     */
    SelfEvaluation evaluate(
            ProjectStatus p, ScoringProfile profile, @Nullable Weights set, Map<Long, Setting> settings) {
        Basis basis = p.checkpoint().isYearEnd() ? Basis.ACTUAL : Basis.FORECAST;
        List<IndicatorRow> rows = p.indicators();
        Weights weights = set != null
                ? set
                : profile.weightsFor(rows.stream().map(IndicatorRow::category).toList());
        Scorer scorer = new Scorer(rule, profile.bands());
        List<BigDecimal> split = weights.split(
                rows.stream().map(IndicatorRow::category).toList(),
                rows.stream()
                        .map(r -> settings.containsKey(r.indicatorId())
                                ? settings.get(r.indicatorId()).weight()
                                : null)
                        .toList());
        List<ScoreRow> scored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow r = rows.get(i);
            Reading reading = r.reading();
            boolean fromForecast = basis == Basis.FORECAST
                    && (r.target().isQualitative() ? reading.forecastLevel() != null : reading.forecast() != null);
            BigDecimal value = fromForecast ? reading.forecast() : reading.actual();
            QualitativeLevel level = fromForecast ? reading.forecastLevel() : reading.actualLevel();
            boolean reported = r.target().isQualitative() ? level != null : value != null;
            Basis source = !reported ? null : fromForecast ? Basis.FORECAST : Basis.ACTUAL;
            Setting s = settings.get(r.indicatorId());
            IndicatorScore score =
                    scorer.score(r.target(), split.get(i), value, level, s == null ? null : s.fraction());
            scored.add(new ScoreRow(
                    r.indicatorId(),
                    r.category(),
                    r.subcategory(),
                    r.name(),
                    r.targetText(MessagesI18NProvider.CHINESE),
                    r.target().isQualitative() ? null : value,
                    r.target().unit(),
                    r.target().isQualitative() ? level : null,
                    source,
                    score,
                    r.deviation().reasonsAndAction(),
                    r.target().isQualitative()));
        }
        BigDecimal forecastSpending = basis == Basis.FORECAST ? p.forecastSpending() : null;
        BigDecimal spent =
                forecastSpending != null ? forecastSpending : p.budgetStatus().executed();
        IndicatorScore budget = scorer.budget(weights.budget(), p.budget(), spent);
        Basis budgetSource = !budget.scored() ? null : forecastSpending != null ? Basis.FORECAST : Basis.ACTUAL;
        return new SelfEvaluation(
                p.projectId(),
                p.name(),
                p.checkpoint(),
                basis,
                weights,
                p.initialBudget(),
                p.budget(),
                spent,
                budgetSource,
                budget,
                scored,
                profile);
    }

    /** Sets a project's category weights (must add up to 100). */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public void setWeights(long projectId, Weights w) {
        String who = currentUser.name();
        Weights before = weights(List.of(projectId)).get(projectId);
        jdbc.sql("""
                INSERT INTO project_weights (project_id, budget, output, benefit, satisfaction, updated_by, updated_at)
                VALUES (:id, :b, :o, :e, :s, :who, :at)
                ON DUPLICATE KEY UPDATE budget = :b, output = :o, benefit = :e, satisfaction = :s, updated_by = :who,
                updated_at = :at""")
                .param("id", projectId)
                .param("b", w.budget())
                .param("o", w.output())
                .param("e", w.benefit())
                .param("s", w.satisfaction())
                .param("who", who)
                .param("at", Timestamp.from(Instant.now()))
                .update();
        changeLog.record(who, projectId, null, null, "weights", before == null ? null : text(before), text(w));
        evaluate(projectId, Checkpoint.yearEnd(yearOf(projectId)));
    }

    /** Sets (or with null clears) an indicator's weight and a qualitative indicator's chosen share of it. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public void setIndicator(long projectId, long indicatorId, BigDecimal weight, BigDecimal fraction) {
        String who = currentUser.name();
        Setting before = settings(List.of(projectId)).get(indicatorId);
        jdbc.sql("""
                INSERT INTO indicator_score_setting (indicator_id, weight, qualitative_fraction, updated_by, updated_at)
                VALUES (:id, :w, :f, :who, :at)
                ON DUPLICATE KEY UPDATE weight = :w, qualitative_fraction = :f, updated_by = :who, updated_at = :at""")
                .param("id", indicatorId)
                .param("w", weight)
                .param("f", fraction)
                .param("who", who)
                .param("at", Timestamp.from(Instant.now()))
                .update();
        changeLog.record(who, projectId, indicatorId, null, "weight", before == null ? null : before.weight(), weight);
        changeLog.record(
                who, projectId, indicatorId, null, "score_share", before == null ? null : before.fraction(), fraction);
        // refuse settings that break the rules: the transaction rolls back
        evaluate(projectId, Checkpoint.yearEnd(yearOf(projectId)));
    }

    private int yearOf(long projectId) {
        return jdbc.sql("SELECT budget_year FROM project WHERE id = :id")
                .param("id", projectId)
                .query(Integer.class)
                .single();
    }

    private Map<Long, Weights> weights(List<Long> projectIds) {
        Map<Long, Weights> result = new HashMap<>();
        if (projectIds.isEmpty()) {
            return result;
        }
        jdbc.sql(
                        "SELECT project_id, budget, output, benefit, satisfaction FROM project_weights WHERE project_id IN (:ids)")
                .param("ids", projectIds)
                .query((rs, n) -> result.put(
                        rs.getLong(1),
                        new Weights(
                                rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5))))
                .list();
        return result;
    }

    private Map<Long, Setting> settings(List<Long> projectIds) {
        Map<Long, Setting> result = new HashMap<>();
        if (projectIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT s.indicator_id, s.weight, s.qualitative_fraction FROM indicator_score_setting s
                JOIN indicator i ON i.id = s.indicator_id WHERE i.project_id IN (:ids)""")
                .param("ids", projectIds)
                .query((rs, n) -> result.put(rs.getLong(1), new Setting(rs.getBigDecimal(2), rs.getBigDecimal(3))))
                .list();
        return result;
    }

    private static String text(Weights w) {
        return w.budget().stripTrailingZeros().toPlainString() + "/"
                + w.output().stripTrailingZeros().toPlainString() + "/"
                + w.benefit().stripTrailingZeros().toPlainString() + "/"
                + w.satisfaction().stripTrailingZeros().toPlainString();
    }

    /** An officer's choice for one indicator. */
    record Setting(BigDecimal weight, BigDecimal fraction) {}
}
