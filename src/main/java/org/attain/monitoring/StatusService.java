package org.attain.monitoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attain.round.ReportingRounds;
import org.attain.status.BudgetStatus;
import org.attain.status.Checkpoint;
import org.attain.status.DeviationReason;
import org.attain.status.IndicatorStatus;
import org.attain.status.Likelihood;
import org.attain.status.ProgressProfile;
import org.attain.status.QualitativeLevel;
import org.attain.status.Reading;
import org.attain.status.StatusEngine;
import org.attain.targets.Comparator;
import org.attain.targets.Direction;
import org.attain.targets.Target;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lights for indicators, projects and the portfolio at a checkpoint. Each call reads its rows with one query per
 * kind (indicators with their actuals, budgets) — never per project — and the pure {@link StatusEngine} judges them.
 */
@Service
public class StatusService {

    private static final String INDICATOR_ROWS = """
            SELECT p.id AS project_id, p.name AS project_name, i.id, i.category, i.subcategory, i.name, i.target_text,
                   i.comparator, i.target_value, i.unit, i.direction, i.progress_profile,
                   a.actual_value, a.actual_level, a.forecast_value, a.forecast_level, a.likelihood, a.reasons,
                   a.reason_text, a.corrective_action, a.note, a.carried_from
            FROM project p
            JOIN indicator i ON i.project_id = p.id AND i.goal_table = 'ANNUAL'
            LEFT JOIN indicator_actual a ON a.indicator_id = i.id AND a.checkpoint_year = :year AND a.checkpoint_month = :month
            WHERE %s
            ORDER BY p.id, i.position""";

    private static final String PROJECT_ROWS = """
            SELECT p.id, p.name, d.name AS department, p.budget, b.adjusted_budget, b.executed, b.forecast,
                   b.reasons, b.reason_text, b.likelihood, b.corrective_action, b.carried_from
            FROM project p JOIN department d ON d.id = p.department_id
            LEFT JOIN budget_execution b ON b.project_id = p.id AND b.checkpoint_year = :year AND b.checkpoint_month = :month
            WHERE %s
            ORDER BY p.id""";

    private final JdbcClient jdbc;
    private final StatusEngine engine;
    private final ReportingRounds rounds;

    StatusService(JdbcClient jdbc, StatusEngine engine, ReportingRounds rounds) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.rounds = rounds;
    }

    /** The checkpoint every page shows when none is chosen: the latest opened reporting round of the year. */
    public Checkpoint defaultCheckpoint(int year) {
        return rounds.defaultCheckpoint(year);
    }

    public StatusEngine engine() {
        return engine;
    }

    public Optional<ProjectStatus> project(long projectId, Checkpoint at) {
        List<ProjectStatus> list = load("p.id = :projectId", Map.of("projectId", projectId), at);
        return list.stream().findFirst();
    }

    /** Every project of the checkpoint's year. */
    public PortfolioStatus portfolio(Checkpoint at) {
        return new PortfolioStatus(at, load("p.budget_year = :year", Map.of(), at));
    }

    /** The same indicator (same project and indicator name) at the same month of other years, newest first. */
    public List<EarlierYear> earlierYears(long indicatorId, int month) {
        return jdbc.sql("""
                SELECT p2.budget_year, i2.target_text, a.actual_value, a.actual_level, i2.unit
                FROM indicator i JOIN project p ON p.id = i.project_id
                JOIN project p2 ON p2.name = p.name AND p2.department_id = p.department_id AND p2.id <> p.id
                JOIN indicator i2 ON i2.project_id = p2.id AND i2.goal_table = 'ANNUAL' AND i2.name = i.name
                LEFT JOIN indicator_actual a ON a.indicator_id = i2.id AND a.checkpoint_month = :month
                WHERE i.id = :id ORDER BY p2.budget_year DESC""")
                .param("id", indicatorId).param("month", month)
                .query((rs, n) -> new EarlierYear(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3),
                        level(rs.getString(4)), rs.getString(5)))
                .list();
    }

    /** An earlier year's target and actual for the same indicator. */
    public record EarlierYear(int year, String target, BigDecimal actual, QualitativeLevel level, String unit) {
    }

    private List<ProjectStatus> load(String where, Map<String, Object> params, Checkpoint at) {
        LocalDate overdueSince = rounds.overdueSince(at).orElse(null);
        Map<Long, List<IndicatorRow>> rows = new LinkedHashMap<>();
        var indicatorQuery = jdbc.sql(INDICATOR_ROWS.formatted(where)).param("year", at.year()).param("month", at.month());
        params.forEach(indicatorQuery::param);
        indicatorQuery.query((rs, n) -> indicatorRow(rs, at, overdueSince))
                .list().forEach(r -> rows.computeIfAbsent(r.projectId(), k -> new ArrayList<>()).add(r));
        var projectQuery = jdbc.sql(PROJECT_ROWS.formatted(where)).param("year", at.year()).param("month", at.month());
        params.forEach(projectQuery::param);
        return projectQuery.query((rs, n) -> {
            long id = rs.getLong("id");
            BigDecimal approved = rs.getBigDecimal("budget");
            BigDecimal adjusted = rs.getBigDecimal("adjusted_budget");
            BigDecimal budget = adjusted != null ? adjusted : approved;
            BudgetStatus budgetStatus = engine.budget(at, budget, rs.getBigDecimal("executed"), overdueSince);
            Deviation deviation = new Deviation(Deviation.decodeReasons(rs.getString("reasons")), rs.getString("reason_text"),
                    likelihood(rs.getString("likelihood")), rs.getString("corrective_action"));
            return new ProjectStatus(id, rs.getString("name"), rs.getString("department"), approved, budget, at,
                    rows.getOrDefault(id, List.of()), budgetStatus, rs.getBigDecimal("forecast"), deviation,
                    (Integer) rs.getObject("carried_from", Integer.class));
        }).list();
    }

    private IndicatorRow indicatorRow(ResultSet rs, Checkpoint at, LocalDate overdueSince) throws SQLException {
        String comparator = rs.getString("comparator");
        Direction direction = Direction.valueOf(rs.getString("direction"));
        Target target = new Target(rs.getString("target_text"), comparator == null ? null : Comparator.fromAscii(comparator),
                rs.getBigDecimal("target_value"), rs.getString("unit"), direction, true, null);
        ProgressProfile profile = ProgressProfile.decode(rs.getString("progress_profile"));
        Reading reading = new Reading(rs.getBigDecimal("actual_value"), level(rs.getString("actual_level")),
                rs.getBigDecimal("forecast_value"), level(rs.getString("forecast_level")),
                likelihood(rs.getString("likelihood")));
        String name = rs.getString("name");
        IndicatorStatus status = engine.evaluate(name, target, profile, at, reading, overdueSince);
        return new IndicatorRow(rs.getLong("project_id"), rs.getString("project_name"), rs.getLong("id"),
                rs.getString("category"), rs.getString("subcategory"), name, target, profile, reading,
                reasons(rs.getString("reasons")), rs.getString("reason_text"), rs.getString("corrective_action"),
                rs.getString("note"), status, rs.getObject("carried_from", Integer.class));
    }

    private static QualitativeLevel level(String s) {
        return s == null ? null : QualitativeLevel.valueOf(s);
    }

    private static Set<DeviationReason> reasons(String s) {
        return Deviation.decodeReasons(s);
    }

    private static Likelihood likelihood(String s) {
        return s == null ? null : Likelihood.valueOf(s);
    }
}
