package org.attain.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.attain.assessment.SelfEvaluation;
import org.attain.base.Progress;
import org.attain.base.RowInserts;
import org.attain.status.BudgetStatus;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.attain.status.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The status table: for every project of a year and every checkpoint (month 1–12) the light, attainment and sentence
 * of each annual indicator and of the project, as {@link StatusService} and the pure rules judge them, in two views —
 * view {@code A} with the approved values everyone sees, view {@code W} with the working values the officer and a
 * project's owners see. A row the same in both views (no draft changes it) is stored once, as view {@code B}: readers of
 * view A take {@code view IN ('A', 'B')}, readers of view W {@code view IN ('W', 'B')}. Each row keeps the light while
 * the round is open and the light once it is overdue; the reader picks one.
 * <p>
 * Kept current by {@link #refreshDirty()}, which judges again the projects the database triggers marked in the writing
 * transaction, before it commits (see {@code StatusRefreshListener}); {@link #rebuild} judges everything again for
 * recovery, {@link #differences} compares the table with a fresh judgement.
 */
@Service
public class StatusTable {

    static final int MONTHS = 12;
    static final Set<Integer> ALL_MONTHS =
            IntStream.rangeClosed(1, MONTHS).boxed().collect(Collectors.toUnmodifiableSet());
    private static final int CHUNK = 500;

    private static final String INDICATOR_COLUMNS = "view, checkpoint_year, checkpoint_month, indicator_id, project_id,"
            + " department_id, subcategory, light, late_light, flagged, attainment, sentence_key, sentence_args";
    private static final String PROJECT_COLUMNS = "view, checkpoint_year, checkpoint_month, project_id, department_id,"
            + " light,"
            + " late_light, light_rank, late_rank, budget_light, budget_late_light, budget, executed, execution_rate,"
            + " indicators, reported, shortfalls, late_shortfalls, budget_behind, projected_score, sentence_key,"
            + " sentence_args";

    /** The primary key of {@code indicator_status} (V21): project, view, checkpoint, indicator. */
    private static final Comparator<Object[]> KEY_ORDER = Comparator.<Object[], Long>comparing(row -> (Long) row[4])
            .thenComparing(row -> (String) row[0])
            .thenComparing(row -> (Integer) row[1])
            .thenComparing(row -> (Integer) row[2])
            .thenComparing(row -> (Long) row[3]);

    private final JdbcTemplate jdbc;
    private final StatusService status;
    private final SelfEvaluationService selfEvaluation;
    private final TransactionTemplate transactions;
    private final StatusTotals totals;

    StatusTable(
            JdbcTemplate jdbc,
            StatusTotals totals,
            StatusService status,
            SelfEvaluationService selfEvaluation,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.status = status;
        this.selfEvaluation = selfEvaluation;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Judges again the projects marked by the triggers in this transaction (or left by a write outside one), at the
     * checkpoints marked: those whose monthly figures changed, or every one (month 0).
     */
    public int refreshDirty() {
        // a plain read: this transaction's own marks and those committed before it, never waiting for another
        // transaction's (a locking read would, and two saves committing at once would deadlock)
        Map<Long, Set<Integer>> dirty = new HashMap<>();
        jdbc.query("SELECT project_id, checkpoint_month FROM status_dirty", rs -> {
            dirty.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getInt(2));
        });
        if (dirty.isEmpty()) {
            return 0;
        }
        Map<Set<Integer>, List<Long>> byMonths = new HashMap<>();
        dirty.forEach((id, months) -> byMonths.computeIfAbsent(
                        months.contains(0) ? ALL_MONTHS : Set.copyOf(months), k -> new ArrayList<>())
                .add(id));
        byMonths.forEach((months, ids) -> refresh(ids, months));
        in("DELETE FROM status_dirty WHERE project_id IN (%s)", List.copyOf(dirty.keySet()));
        return dirty.size();
    }

    /**
     * Judges the marked projects before a read when a write outside a transaction (or one rolled back in a test) left
     * some: one small query when there are none.
     */
    public void ensureCurrent() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM status_dirty)", Boolean.class))) {
            transactions.executeWithoutResult(t -> refreshDirty());
        }
    }

    /** Judges every project again, one year and one chunk of projects at a time; reports projects done. */
    public int rebuild(Progress progress) {
        List<Long> all = jdbc.queryForList("SELECT id FROM project ORDER BY budget_year, id", Long.class);
        progress.update("judging projects", 0, all.size());
        int done = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            transactions.executeWithoutResult(t -> refresh(chunk));
            done += chunk.size();
            progress.update("judging projects", done, all.size());
        }
        jdbc.update("DELETE FROM status_dirty");
        transactions.executeWithoutResult(t -> totals.rebuild());
        return done;
    }

    /** The stored light of an indicator while its round is open. */
    String storedLight(String view, Checkpoint at, long indicatorId) {
        return jdbc.queryForObject(
                "SELECT light FROM indicator_status WHERE view IN (?, 'B') AND checkpoint_year = ?"
                        + " AND checkpoint_month = ?"
                        + " AND indicator_id = ?",
                String.class,
                view,
                at.year(),
                at.month(),
                indicatorId);
    }

    /** Replaces the rows of these projects by a fresh judgement. */
    void refresh(Collection<Long> projectIds) {
        refresh(projectIds, ALL_MONTHS);
    }

    /** Replaces the rows of these projects at these checkpoints (months) by a fresh judgement. */
    void refresh(Collection<Long> projectIds, Set<Integer> months) {
        String only = months.equals(ALL_MONTHS)
                ? ""
                : "checkpoint_month IN ("
                        + String.join(",", months.stream().map(String::valueOf).toList()) + ") AND ";
        for (List<Long> chunk : chunks(projectIds)) {
            StatusTotals.Counted before = totals.count(chunk, months);
            in("DELETE FROM indicator_status WHERE " + only + "project_id IN (%s)", chunk);
            in("DELETE FROM project_status WHERE " + only + "project_id IN (%s)", chunk);
            Judged judged = judge(chunk, months);
            judged.indicators().sort(KEY_ORDER); // appended along the primary key, not once per month across it
            insert("indicator_status", INDICATOR_COLUMNS, judged.indicators());
            insert("project_status", PROJECT_COLUMNS, judged.projects());
            totals.update(before, judged.indicators());
        }
    }

    /**
     * Where the stored rows of a year differ from a fresh judgement, one line per differing row (empty when the table
     * is current).
     */
    public List<String> differences(int year) {
        return differences(jdbc.queryForList("SELECT id FROM project WHERE budget_year = ?", Long.class, year), year);
    }

    /** As {@link #differences(int)}, over every project of every year. */
    public List<String> differences() {
        return differences(jdbc.queryForList("SELECT id FROM project ORDER BY id", Long.class), null);
    }

    private List<String> differences(List<Long> ids, @Nullable Integer year) {
        List<String> out = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            Judged fresh = judge(chunk, ALL_MONTHS);
            compare("indicator_status", INDICATOR_COLUMNS, 4, fresh.indicators(), chunk, out);
            compare("project_status", PROJECT_COLUMNS, 4, fresh.projects(), chunk, out);
        }
        out.addAll(totals.differences(year));
        return out;
    }

    private void compare(
            String table, String columns, int keyColumns, List<Object[]> fresh, List<Long> chunk, List<String> out) {
        Map<String, String> stored = new HashMap<>();
        String ids = String.join(",", chunk.stream().map(String::valueOf).toList());
        jdbc.query("SELECT " + columns + " FROM " + table + " WHERE project_id IN (" + ids + ")", rs -> {
            Object[] row = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            stored.put(key(row, keyColumns), text(row));
        });
        for (Object[] row : fresh) {
            String was = stored.remove(key(row, keyColumns));
            if (!text(row).equals(was)) {
                out.add(table + " " + key(row, keyColumns) + ": stored " + was + ", judged " + text(row));
            }
        }
        stored.forEach((k, v) -> out.add(table + " " + k + ": stored " + v + ", no longer judged"));
    }

    private Judged judge(List<Long> projectIds, Set<Integer> months) {
        Map<Integer, List<Long>> byYear = new TreeMap<>();
        String ids = String.join(",", projectIds.stream().map(String::valueOf).toList());
        Judged judged = new Judged(new ArrayList<>(), new ArrayList<>(), new HashMap<>(), new HashMap<>());
        jdbc.query("SELECT id, budget_year, department_id FROM project WHERE id IN (" + ids + ")", rs -> {
            byYear.computeIfAbsent(rs.getInt(2), y -> new ArrayList<>()).add(rs.getLong(1));
            judged.departments().put(rs.getLong(1), rs.getLong(3));
        });
        byYear.forEach((year, ofYear) -> {
            // one load for the twelve checkpoints and both views, then the pure rules in memory
            Map<Checkpoint, StatusService.Views> views = status.judgeYear(ofYear, year, months);
            Map<Checkpoint, List<ProjectStatus>> approvedByMonth = new HashMap<>();
            views.forEach((at, v) -> approvedByMonth.put(at, v.approved()));
            Map<Checkpoint, Map<Long, SelfEvaluation>> projected = selfEvaluation.projected(approvedByMonth);
            views.forEach((at, v) -> {
                Map<Long, ProjectStatus> states = new HashMap<>();
                v.working().forEach(p -> states.put(p.projectId(), p));
                Map<Long, BigDecimal> scores = new HashMap<>();
                projected
                        .getOrDefault(at, Map.of())
                        .forEach((id, e) -> scores.put(id, e.total().setScale(4, RoundingMode.HALF_UP)));
                Map<Long, Judged> working = new HashMap<>();
                v.working().forEach(p -> {
                    Judged w = judged.part();
                    w.add("W", p, p, scores.get(p.projectId()));
                    working.put(p.projectId(), w);
                });
                v.approved().forEach(p -> {
                    Judged a = judged.part();
                    a.add("A", p, states.get(p.projectId()), scores.get(p.projectId()));
                    Judged w = working.remove(p.projectId());
                    judged.merge(a, w == null ? judged.part() : w);
                });
                working.values().forEach(w -> judged.merge(judged.part(), w));
            });
        });
        return judged;
    }

    /**
     * The rows of both tables for a chunk of projects.
     *
     * @param departments each project's own department (copied into its rows, so that figures by department need no
     *     join)
     */
    private record Judged(
            List<Object[]> indicators,
            List<Object[]> projects,
            Map<List<Object>, String> sentences,
            Map<Long, Long> departments) {

        /** Empty lists for the rows of one project in one view, sharing the encoded sentences. */
        Judged part() {
            return new Judged(new ArrayList<>(), new ArrayList<>(), sentences, departments);
        }

        /**
         * Adds one project's rows in the approved view and in the working view: a row the same in both is stored once,
         * as view {@code B} (most rows: a working value differs from the approved one only where a draft exists).
         */
        void merge(Judged approved, Judged working) {
            StatusViews.both(approved.indicators(), working.indicators(), indicators);
            StatusViews.both(approved.projects(), working.projects(), projects);
        }

        /** @param working the same project in the working view: its review states decide what may become overdue */
        void add(String view, ProjectStatus p, ProjectStatus working, @Nullable BigDecimal score) {
            Checkpoint at = p.checkpoint();
            Long department = departments.get(p.projectId());
            Map<Long, ReviewState> states = new HashMap<>();
            working.indicators().forEach(r -> {
                if (r.review() != null) {
                    states.put(r.indicatorId(), r.review());
                }
            });
            Light late = lateBudget(p.budgetStatus(), working.budgetReview());
            int lateShortfalls = late.isShortfall() || p.budgetStatus().behindTime() ? 1 : 0;
            int reported = 0;
            for (IndicatorRow r : p.indicators()) {
                Light lateLight = lateLight(r, states.get(r.indicatorId()));
                late = Light.worse(late, lateLight);
                lateShortfalls += lateLight.isShortfall() || !r.status().flags().isEmpty() ? 1 : 0;
                reported += r.status().light() == Light.NOT_REPORTED ? 0 : 1;
                indicators.add(new Object[] {
                    view,
                    at.year(),
                    at.month(),
                    r.indicatorId(),
                    p.projectId(),
                    department,
                    r.subcategory(),
                    r.status().light().name(),
                    lateLight.name(),
                    !r.status().flags().isEmpty(),
                    r.status().attainment(),
                    r.status().explanation().key(),
                    // the same sentence (both views, the months that repeat it) is encoded once
                    sentences.computeIfAbsent(r.status().explanation().args(), MessageCodec::encode)
                });
            }
            BudgetStatus b = p.budgetStatus();
            projects.add(new Object[] {
                view,
                at.year(),
                at.month(),
                p.projectId(),
                department,
                p.light().name(),
                late.name(),
                p.light().rank(),
                late.rank(),
                b.light().name(),
                lateBudget(b, working.budgetReview()).name(),
                p.budget(),
                b.executed(),
                b.rate(),
                p.indicators().size(),
                reported,
                p.shortfalls().size() + (p.budgetFallsShort() ? 1 : 0),
                lateShortfalls,
                b.behindTime(),
                score,
                p.explanation().key(),
                sentences.computeIfAbsent(p.explanation().args(), MessageCodec::encode)
            });
        }
    }

    /** An unreported value becomes overdue once the round's due date passed, unless it was submitted or waived. */
    static Light lateLight(IndicatorRow r, @Nullable ReviewState state) {
        return r.status().light() == Light.NOT_REPORTED && !r.reading().hasActual() && open(state)
                ? Light.OVERDUE
                : r.status().light();
    }

    private static Light lateBudget(BudgetStatus b, @Nullable ReviewState state) {
        return b.light() == Light.NOT_REPORTED && open(state) ? Light.OVERDUE : b.light();
    }

    private static boolean open(@Nullable ReviewState state) {
        return state != ReviewState.SUBMITTED && state != ReviewState.WAIVED;
    }

    /** One batch of a one-row insert, typed binding (the driver's bulk). */
    private void insert(String table, String columns, List<Object[]> rows) {
        RowInserts.batch(jdbc, table, columns, rows);
    }

    private void in(String sql, List<Long> ids) {
        for (List<Long> chunk : chunks(ids)) {
            jdbc.update(sql.formatted(
                    String.join(",", chunk.stream().map(String::valueOf).toList())));
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> list = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String key(Object[] row, int columns) {
        return text(Arrays.copyOf(row, columns));
    }

    /** A row as text, numbers compared by value (1.50 equals 1.5), booleans as the database returns them. */
    private static String text(@Nullable Object[] row) {
        if (row == null) {
            return "null";
        }
        return Arrays.toString(Arrays.stream(row)
                .map(v -> switch (v) {
                    case null -> "null";
                    case BigDecimal d -> d.stripTrailingZeros().toPlainString();
                    case Boolean b -> b ? "1" : "0";
                    case Number n -> n.toString();
                    default -> v.toString();
                })
                .toArray());
    }
}
