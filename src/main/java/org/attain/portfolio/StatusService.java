package org.attain.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attain.adjustment.InForce;
import org.attain.adjustment.TargetsInForce;
import org.attain.project.ProjectService;
import org.attain.round.ReportingRounds;
import org.attain.security.DraftScope;
import org.attain.security.Drafts;
import org.attain.status.BudgetStatus;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.QualitativeLevel;
import org.attain.status.ReviewState;
import org.attain.status.StatusEngine;
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

    private final JdbcClient jdbc;
    private final StatusEngine engine;
    private final IndicatorRows indicatorRows;
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
        this.indicatorRows = new IndicatorRows(engine);
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
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        IndicatorRows.level(rs.getString(4)),
                        rs.getString(5)))
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

    /**
     * As {@link #judge}, the given projects of one year at the given checkpoints (months 1–12) in both views at once —
     * working values as the officer sees them and approved values only — from one query for the indicators, one for
     * each kind of value, one for the projects and two for the targets in force, whatever the checkpoints.
     */
    Map<Checkpoint, Views> judgeYear(Collection<Long> projectIds, int year, Set<Integer> months) {
        Map<Integer, InForce> inForce = targets.atMonths(year, months, projectIds);
        // each indicator once, and the values there are: a project without values reads twelve times fewer rows
        List<IndicatorRows.Facts> facts = jdbc.sql(StatusQueries.INDICATOR_FACTS)
                .param("ids", projectIds)
                .query((rs, n) -> IndicatorRows.Facts.read(rs))
                .list();
        Map<Long, Map<Integer, IndicatorRows.Values>> working =
                values(StatusQueries.WORKING_VALUES, projectIds, year, months, true);
        Map<Long, Map<Integer, IndicatorRows.Values>> approved =
                values(StatusQueries.APPROVED_VALUES, projectIds, year, months, false);
        Map<Integer, List<Map<Long, List<IndicatorRow>>>> rows = new HashMap<>();
        for (int month : new TreeSet<>(months)) {
            InForce f = inForce.get(month);
            Checkpoint at = new Checkpoint(year, month);
            var views = rows.computeIfAbsent(month, k -> List.of(new HashMap<>(), new HashMap<>()));
            for (IndicatorRows.Facts i : facts) {
                if (f.counts(i.id())) {
                    IndicatorRows.Values w =
                            working.getOrDefault(i.id(), Map.of()).get(month);
                    IndicatorRows.Values a =
                            approved.getOrDefault(i.id(), Map.of()).get(month);
                    IndicatorRow row = indicatorRows.row(i, w, a, at, null, DraftScope.ALL, f);
                    add(views.get(0), row);
                    // without a working value both views show the approved one (or none): judged once
                    add(views.get(1), w == null ? row : indicatorRows.row(i, w, a, at, null, DraftScope.NONE, f));
                }
            }
        }
        Map<Checkpoint, Views> judged = new TreeMap<>();
        jdbc.sql(StatusQueries.PROJECT_ROWS_BY_MONTH.formatted("p.id IN (:ids) AND m.month IN (:months)"))
                .param("year", year)
                .param("ids", projectIds)
                .param("months", months)
                .query(rs -> {
                    Checkpoint at = new Checkpoint(year, rs.getInt("month"));
                    var views = rows.getOrDefault(at.month(), List.of(Map.of(), Map.of()));
                    Views v = judged.computeIfAbsent(at, k -> new Views(new ArrayList<>(), new ArrayList<>()));
                    v.working().add(projectStatus(rs, at, DraftScope.ALL, null, views.get(0)));
                    v.approved().add(projectStatus(rs, at, DraftScope.NONE, null, views.get(1)));
                });
        return judged;
    }

    /** The stored values of these projects' annual indicators at these months: by indicator, then month. */
    private Map<Long, Map<Integer, IndicatorRows.Values>> values(
            String query, Collection<Long> projectIds, int year, Set<Integer> months, boolean working) {
        Map<Long, Map<Integer, IndicatorRows.Values>> values = new HashMap<>();
        jdbc.sql(query)
                .param("ids", projectIds)
                .param("year", year)
                .param("months", months)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong("indicator_id"), k -> new HashMap<>())
                            .put(
                                    rs.getInt("checkpoint_month"),
                                    working
                                            ? IndicatorRows.Values.read(
                                                    rs, "a_", ReviewState.decode(rs.getString("review_state")))
                                            : IndicatorRows.Values.read(rs, "v_", null));
                });
        return values;
    }

    /** The projects of a checkpoint judged on working values (as the officer sees them) and on approved values only. */
    record Views(List<ProjectStatus> working, List<ProjectStatus> approved) {}

    private static void add(Map<Long, List<IndicatorRow>> rows, IndicatorRow row) {
        rows.computeIfAbsent(row.projectId(), k -> new ArrayList<>()).add(row);
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
        // a few projects: only their indicators and adjustments, not the year's
        InForce inForce = params.isEmpty() ? targets.at(at) : targets.at(at, projectIds(params));
        Map<Long, List<IndicatorRow>> rows = new LinkedHashMap<>();
        var indicatorQuery = jdbc.sql(StatusQueries.INDICATOR_ROWS.formatted(where))
                .param("year", at.year())
                .param("month", at.month());
        params.forEach(indicatorQuery::param);
        indicatorQuery.query((rs, n) -> indicatorRow(rs, at, overdueSince, scope, inForce)).list().stream()
                .filter(r -> inForce.counts(r.indicatorId()))
                .forEach(r -> rows.computeIfAbsent(r.projectId(), k -> new ArrayList<>())
                        .add(r));
        var projectQuery = jdbc.sql(StatusQueries.PROJECT_ROWS.formatted(where))
                .param("year", at.year())
                .param("month", at.month());
        params.forEach(projectQuery::param);
        return projectQuery
                .query((rs, n) -> projectStatus(rs, at, scope, overdueSince, rows))
                .list();
    }

    private ProjectStatus projectStatus(
            ResultSet rs,
            Checkpoint at,
            DraftScope scope,
            @Nullable LocalDate overdueSince,
            Map<Long, List<IndicatorRow>> rows)
            throws SQLException {
        long id = rs.getLong("id");
        BigDecimal approved = rs.getBigDecimal("budget");
        ReviewState state = ReviewState.decode(rs.getString("review_state"));
        Shown shown = Shown.of(state, rs.getObject("v_present") != null, scope.covers(id));
        String c = shown.prefix();
        BigDecimal adjusted = c == null ? null : rs.getBigDecimal(c + "adjusted_budget");
        BigDecimal budget = adjusted != null ? adjusted : approved;
        BudgetStatus budgetStatus = engine.budget(
                at, budget, c == null ? null : rs.getBigDecimal(c + "executed"), overdue(state, overdueSince));
        Deviation deviation = c == null
                ? Deviation.NONE
                : new Deviation(
                        Deviation.decodeReasons(rs.getString(c + "reasons")),
                        rs.getString(c + "reason_text"),
                        IndicatorRows.likelihood(rs.getString(c + "likelihood")),
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
    }

    @SuppressWarnings("unchecked")
    private static Collection<Long> projectIds(Map<String, Object> params) {
        Object ids = params.containsKey("ids") ? params.get("ids") : params.get("projectId");
        return ids instanceof Collection<?> c ? (Collection<Long>) c : List.of((Long) ids);
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
    static @Nullable LocalDate overdue(@Nullable ReviewState state, @Nullable LocalDate overdueSince) {
        return state == ReviewState.SUBMITTED || state == ReviewState.WAIVED ? null : overdueSince;
    }

    private IndicatorRow indicatorRow(
            ResultSet rs, Checkpoint at, @Nullable LocalDate overdueSince, DraftScope scope, InForce inForce)
            throws SQLException {
        ReviewState state = ReviewState.decode(rs.getString("review_state"));
        return indicatorRows.row(
                IndicatorRows.Facts.read(rs),
                state == null ? null : IndicatorRows.Values.read(rs, "a_", state),
                rs.getObject("v_present") == null ? null : IndicatorRows.Values.read(rs, "v_", null),
                at,
                overdueSince,
                scope,
                inForce);
    }
}
