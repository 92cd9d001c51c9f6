package org.attain.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attain.adjustment.InForce;
import org.attain.adjustment.TargetsInForce;
import org.attain.project.ProjectService;
import org.attain.round.ReportingRounds;
import org.attain.security.DraftScope;
import org.attain.security.Drafts;
import org.attain.status.BudgetStatus;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.DeviationReason;
import org.attain.status.IndicatorStatus;
import org.attain.status.Likelihood;
import org.attain.status.ProgressProfile;
import org.attain.status.QualitativeLevel;
import org.attain.status.Reading;
import org.attain.status.ReviewState;
import org.attain.status.StatusEngine;
import org.attain.targets.Comparator;
import org.attain.targets.Direction;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lights for indicators, projects and the portfolio at a checkpoint. Each call reads its rows with one query per
 * kind (indicators with their actuals, budgets) — never per project — and the pure {@link StatusEngine} judges them.
 * <p>
 * Which values: {@link #portfolio} and {@link #project} show the reader what they may see — approved values, and for
 * a project owner (their projects) and the officer also drafts, submitted and returned values, marked by their
 * {@link IndicatorRow#review() review state}; {@link #approvedPortfolio} and {@link #approvedProject} show approved
 * values only, for the official tables, the self-evaluation and the meeting. A value not shown counts as not reported;
 * a submitted or waived one is never overdue.
 */
@Service
public class StatusService {

    private static final List<String> INDICATOR_VALUES = List.of(
            "actual_value",
            "actual_level",
            "forecast_value",
            "forecast_level",
            "likelihood",
            "reasons",
            "reason_text",
            "corrective_action",
            "note",
            "carried_from");

    private static final List<String> BUDGET_VALUES = List.of(
            "adjusted_budget",
            "executed",
            "forecast",
            "reasons",
            "reason_text",
            "likelihood",
            "corrective_action",
            "carried_from");

    /** Each indicator with its working values (a_…, with their review state) and the approved ones in force (v_…). */
    private static final String INDICATOR_ROWS = """
            SELECT p.id AS project_id, p.name AS project_name, i.id, i.category, i.subcategory, i.name, i.target_text,
                   i.comparator, i.target_value, i.unit, i.direction, i.progress_profile, a.review_state,
                   v.indicator_id AS v_present, %s
            FROM project p
            JOIN indicator i ON i.project_id = p.id AND i.goal_table = 'ANNUAL'
            LEFT JOIN indicator_actual a ON a.indicator_id = i.id AND a.checkpoint_year = :year AND a.checkpoint_month = :month
            LEFT JOIN approved_actual v ON v.indicator_id = i.id AND v.checkpoint_year = :year AND v.checkpoint_month = :month
            WHERE %%s
            ORDER BY p.id, i.position""".formatted(both("a", INDICATOR_VALUES));

    private static final String PROJECT_ROWS = """
            SELECT p.id, p.name, d.name AS department, p.budget, b.review_state, v.project_id AS v_present, %s
            FROM project p JOIN department d ON d.id = p.department_id
            LEFT JOIN budget_execution b ON b.project_id = p.id AND b.checkpoint_year = :year AND b.checkpoint_month = :month
            LEFT JOIN approved_budget v ON v.project_id = p.id AND v.checkpoint_year = :year AND v.checkpoint_month = :month
            WHERE %%s
            ORDER BY p.id""".formatted(both("b", BUDGET_VALUES));

    private final JdbcClient jdbc;
    private final StatusEngine engine;
    private final ReportingRounds rounds;
    private final Drafts drafts;
    private final TargetsInForce targets;
    private final ProjectService projects;

    StatusService(
            JdbcClient jdbc,
            StatusEngine engine,
            ReportingRounds rounds,
            Drafts drafts,
            TargetsInForce targets,
            ProjectService projects) {
        this.targets = targets;
        this.projects = projects;
        this.jdbc = jdbc;
        this.engine = engine;
        this.rounds = rounds;
        this.drafts = drafts;
    }

    /** The checkpoint every page shows when none is chosen: the latest opened reporting round of the year. */
    public Checkpoint defaultCheckpoint(int year) {
        return rounds.defaultCheckpoint(year);
    }

    public StatusEngine engine() {
        return engine;
    }

    /** A project as the reader may see it (drafts of their own projects, or all for the officer, marked). */
    public Optional<ProjectStatus> project(long projectId, Checkpoint at) {
        return project(projectId, at, drafts.scope());
    }

    /** A project with approved values only. */
    public Optional<ProjectStatus> approvedProject(long projectId, Checkpoint at) {
        return project(projectId, at, DraftScope.NONE);
    }

    /** Every project of the checkpoint's year, as the reader may see it. */
    public PortfolioStatus portfolio(Checkpoint at) {
        return new PortfolioStatus(at, load("p.budget_year = :year", Map.of(), at, drafts.scope()));
    }

    /** The given projects, as the reader may see them (the few a page shows in full). */
    public PortfolioStatus portfolioOf(Collection<Long> projectIds, Checkpoint at) {
        return new PortfolioStatus(
                at,
                projectIds.isEmpty()
                        ? List.of()
                        : load("p.id IN (:ids)", Map.of("ids", projectIds), at, drafts.scope()));
    }

    /** Every project of the checkpoint's year with approved values only. */
    public PortfolioStatus approvedPortfolio(Checkpoint at) {
        return new PortfolioStatus(at, load("p.budget_year = :year", Map.of(), at, DraftScope.NONE));
    }

    /** A project outside the reader's department is refused with a sentence, not shown as missing. */
    private Optional<ProjectStatus> project(long projectId, Checkpoint at, DraftScope scope) {
        Optional<ProjectStatus> found = load("p.id = :projectId", Map.of("projectId", projectId), at, scope).stream()
                .findFirst();
        if (found.isEmpty()) {
            projects.find(projectId);
        }
        return found;
    }

    /** The same indicator (same project and indicator name) at the same month of other years, newest first. */
    public List<EarlierYear> earlierYears(long indicatorId, int month) {
        return jdbc.sql("""
                SELECT p2.budget_year, i2.target_text, a.actual_value, a.actual_level, i2.unit
                FROM indicator i JOIN project p ON p.id = i.project_id
                JOIN project p2 ON p2.name = p.name AND p2.department_id = p.department_id AND p2.id <> p.id
                JOIN indicator i2 ON i2.project_id = p2.id AND i2.goal_table = 'ANNUAL' AND i2.name = i.name
                LEFT JOIN approved_actual a ON a.indicator_id = i2.id AND a.checkpoint_month = :month
                WHERE i.id = :id ORDER BY p2.budget_year DESC""")
                .param("id", indicatorId)
                .param("month", month)
                .query((rs, n) -> new EarlierYear(
                        rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), level(rs.getString(4)), rs.getString(5)))
                .list();
    }

    /** An earlier year's target and actual for the same indicator. */
    public record EarlierYear(int year, String target, BigDecimal actual, QualitativeLevel level, String unit) {}

    /**
     * The given projects (of the checkpoint's year) judged as if their round were open: never overdue. What the
     * {@link StatusTable} stores; it decides on overdue when read.
     */
    List<ProjectStatus> judge(Collection<Long> projectIds, Checkpoint at, DraftScope scope) {
        return load("p.id IN (:ids)", Map.of("ids", projectIds), at, scope, null);
    }

    /** What readers see: only the projects of their department ({@link ProjectService#scope}). */
    private List<ProjectStatus> load(String where, Map<String, Object> params, Checkpoint at, DraftScope scope) {
        String scoped = "(" + where + ") AND " + projects.scope().sql("p");
        return load(scoped, params, at, scope, rounds.overdueSince(at).orElse(null));
    }

    private List<ProjectStatus> load(
            String where,
            Map<String, Object> params,
            Checkpoint at,
            DraftScope scope,
            @Nullable LocalDate overdueSince) {
        InForce inForce = targets.at(at);
        Map<Long, List<IndicatorRow>> rows = new LinkedHashMap<>();
        var indicatorQuery = jdbc.sql(INDICATOR_ROWS.formatted(where))
                .param("year", at.year())
                .param("month", at.month());
        params.forEach(indicatorQuery::param);
        indicatorQuery.query((rs, n) -> indicatorRow(rs, at, overdueSince, scope, inForce)).list().stream()
                .filter(r -> inForce.counts(r.indicatorId()))
                .forEach(r -> rows.computeIfAbsent(r.projectId(), k -> new ArrayList<>())
                        .add(r));
        var projectQuery =
                jdbc.sql(PROJECT_ROWS.formatted(where)).param("year", at.year()).param("month", at.month());
        params.forEach(projectQuery::param);
        return projectQuery
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    BigDecimal approved = rs.getBigDecimal("budget");
                    ReviewState state = ReviewState.decode(rs.getString("review_state"));
                    Shown shown = Shown.of(state, rs.getObject("v_present") != null, scope.covers(id));
                    String c = shown.prefix();
                    BigDecimal adjusted = c == null ? null : rs.getBigDecimal(c + "adjusted_budget");
                    BigDecimal budget = adjusted != null ? adjusted : approved;
                    BudgetStatus budgetStatus = engine.budget(
                            at,
                            budget,
                            c == null ? null : rs.getBigDecimal(c + "executed"),
                            overdue(state, overdueSince));
                    Deviation deviation = c == null
                            ? Deviation.NONE
                            : new Deviation(
                                    Deviation.decodeReasons(rs.getString(c + "reasons")),
                                    rs.getString(c + "reason_text"),
                                    likelihood(rs.getString(c + "likelihood")),
                                    rs.getString(c + "corrective_action"));
                    return new ProjectStatus(
                            id,
                            rs.getString("name"),
                            rs.getString("department"),
                            approved,
                            budget,
                            at,
                            rows.getOrDefault(id, List.of()),
                            budgetStatus,
                            c == null ? null : rs.getBigDecimal(c + "forecast"),
                            deviation,
                            c == null ? null : rs.getObject(c + "carried_from", Integer.class),
                            shown.state());
                })
                .list();
    }

    /**
     * Which values a reader sees: the working ones with their review state where they may see drafts, else the approved
     * ones in force, else none.
     */
    private record Shown(@Nullable String prefix, @Nullable ReviewState state) {

        static Shown of(@Nullable ReviewState working, boolean approvedExists, boolean draftsVisible) {
            if (working != null && draftsVisible) {
                return new Shown("a_", working);
            }
            return approvedExists ? new Shown("v_", ReviewState.APPROVED) : new Shown(null, null);
        }
    }

    /** A submitted or waived item is not overdue, whether or not the reader sees its values. */
    private static @Nullable LocalDate overdue(@Nullable ReviewState state, @Nullable LocalDate overdueSince) {
        return state == ReviewState.SUBMITTED || state == ReviewState.WAIVED ? null : overdueSince;
    }

    private IndicatorRow indicatorRow(
            ResultSet rs, Checkpoint at, @Nullable LocalDate overdueSince, DraftScope scope, InForce inForce)
            throws SQLException {
        long projectId = rs.getLong("project_id");
        ReviewState state = ReviewState.decode(rs.getString("review_state"));
        Shown shown = Shown.of(state, rs.getObject("v_present") != null, scope.covers(projectId));
        String c = shown.prefix();
        String comparator = rs.getString("comparator");
        Direction direction = Direction.valueOf(rs.getString("direction"));
        Target approved = new Target(
                rs.getString("target_text"),
                comparator == null ? null : Comparator.fromAscii(comparator),
                rs.getBigDecimal("target_value"),
                rs.getString("unit"),
                direction,
                true,
                null);
        Target adjusted = inForce.targets().get(rs.getLong("id")); // an approved adjustment in force by this checkpoint
        Target target = adjusted != null ? adjusted : approved;
        ProgressProfile profile = ProgressProfile.decode(rs.getString("progress_profile"));
        Reading reading = c == null
                ? Reading.NONE
                : new Reading(
                        rs.getBigDecimal(c + "actual_value"),
                        level(rs.getString(c + "actual_level")),
                        rs.getBigDecimal(c + "forecast_value"),
                        level(rs.getString(c + "forecast_level")),
                        likelihood(rs.getString(c + "likelihood")));
        String name = rs.getString("name");
        IndicatorStatus status = engine.evaluate(name, target, profile, at, reading, overdue(state, overdueSince));
        if (c == null) {
            return new IndicatorRow(
                    projectId,
                    rs.getString("project_name"),
                    rs.getLong("id"),
                    rs.getString("category"),
                    rs.getString("subcategory"),
                    name,
                    target,
                    profile,
                    reading,
                    Set.of(),
                    null,
                    null,
                    null,
                    status,
                    null,
                    null,
                    adjusted == null ? null : approved);
        }
        return new IndicatorRow(
                projectId,
                rs.getString("project_name"),
                rs.getLong("id"),
                rs.getString("category"),
                rs.getString("subcategory"),
                name,
                target,
                profile,
                reading,
                reasons(rs.getString(c + "reasons")),
                rs.getString(c + "reason_text"),
                rs.getString(c + "corrective_action"),
                rs.getString(c + "note"),
                status,
                rs.getObject(c + "carried_from", Integer.class),
                shown.state(),
                adjusted == null ? null : approved);
    }

    /** {@code a.x AS a_x, v.x AS v_x, …}: the working value (of the table aliased {@code working}) and the approved one. */
    private static String both(String working, List<String> columns) {
        return String.join(
                ", ",
                columns.stream()
                        .map(c -> working + "." + c + " AS a_" + c + ", v." + c + " AS v_" + c)
                        .toList());
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
