package org.attain.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.history.ChangeLog;
import org.attain.indicator.IndicatorService;
import org.attain.project.DepartmentScope;
import org.attain.project.DepartmentScopes;
import org.attain.project.DepartmentsAbove;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting rounds (监控轮次). The officer opens a round for a checkpoint with a due date; everyone's default
 * checkpoint is the latest opened round of the year (never "the latest with any value"). Opening a round pre-fills
 * it from the previous one, marked as carried (沿用上期), so an owner only changes what changed.
 */
@Service
public class ReportingRounds {

    /** The project {@code p} is not held by a lock of the checkpoint {@code :ty}/{@code :tm}. */
    private static final String NOT_LOCKED_AT_TARGET = "NOT EXISTS (SELECT 1 FROM checkpoint_lock k"
            + " WHERE k.checkpoint_year = :ty AND k.checkpoint_month = :tm AND k.department_id IN "
            + DepartmentsAbove.ofProjectRow("p") + ")";

    /** An indicator judged only at year end (a satisfaction survey) is not expected in an earlier round. */
    private static final String EXPECTED_IN_ROUND = "NOT (i.progress_profile = 'YEAR_END' AND r.checkpoint_month < 12)";

    /** An indicator added by an adjustment counts from its checkpoint on, a removed one until the one before. */
    private static final String COUNTS = IndicatorService.countsAt("i", "r.checkpoint_month");

    private static final String ROUND =
            "SELECT checkpoint_year, checkpoint_month, due_date, opened_by, opened_at FROM reporting_round";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final int midYearMonth;
    private final DepartmentScopes scopes;

    ReportingRounds(
            JdbcClient jdbc,
            CurrentUser currentUser,
            ChangeLog changeLog,
            Clock clock,
            DepartmentScopes scopes,
            @Value("${attain.mid-year-month:6}") int midYearMonth) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
        this.clock = clock;
        this.midYearMonth = midYearMonth;
    }

    public List<ReportingRound> rounds(int year) {
        return jdbc.sql(ROUND + " WHERE checkpoint_year = :y ORDER BY checkpoint_month")
                .param("y", year)
                .query((rs, n) -> round(rs))
                .list();
    }

    public Optional<ReportingRound> round(Checkpoint at) {
        return jdbc.sql(ROUND + " WHERE checkpoint_year = :y AND checkpoint_month = :m")
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> round(rs))
                .optional();
    }

    /** The latest opened round of the year. */
    public Optional<ReportingRound> latest(int year) {
        return jdbc.sql(ROUND + " WHERE checkpoint_year = :y ORDER BY checkpoint_month DESC LIMIT 1")
                .param("y", year)
                .query((rs, n) -> round(rs))
                .optional();
    }

    /** What every page shows when the URL names no checkpoint: the latest opened round, else the mid-year one. */
    public Checkpoint defaultCheckpoint(int year) {
        return latest(year).map(ReportingRound::checkpoint).orElseGet(() -> midYear(year));
    }

    public Checkpoint midYear(int year) {
        return new Checkpoint(year, midYearMonth);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The round's due date when it has passed: unreported values of the checkpoint are then overdue. */
    public Optional<LocalDate> overdueSince(Checkpoint at) {
        LocalDate today = today();
        return round(at).filter(r -> r.isOverdue(today)).map(ReportingRound::dueDate);
    }

    /**
     * Opens a round and pre-fills it from the latest earlier round of the same year: each value, forecast, reason and
     * corrective action not yet entered for the new checkpoint is copied and marked as carried. One transaction.
     *
     * @return how many indicator values and budget lines were carried forward
     */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public int open(Checkpoint at, LocalDate dueDate) {
        // a round opens the checkpoint, and carries values forward, for every department: the bureau's to open
        DepartmentScope scope = scopes.current();
        if (!scope.all()) {
            throw new RoundRefusal("scoped", at, scope.name());
        }
        if (round(at).isPresent()) {
            throw new RoundRefusal("exists", at);
        }
        if (dueDate.isBefore(at.end())) {
            throw new RoundRefusal("dueBeforeEnd", at, at.end());
        }
        if (dueDate.isAfter(at.end().plusYears(1))) {
            throw new RoundRefusal("dueTooLate", at);
        }
        Optional<ReportingRound> previous = jdbc.sql(
                        ROUND
                                + " WHERE checkpoint_year = :y AND checkpoint_month < :m ORDER BY checkpoint_month DESC LIMIT 1")
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> round(rs))
                .optional();
        String who = currentUser.name();
        try {
            jdbc.sql("INSERT INTO reporting_round (checkpoint_year, checkpoint_month, due_date, opened_by, opened_at)"
                            + " VALUES (:y, :m, :due, :who, :at)")
                    .param("y", at.year())
                    .param("m", at.month())
                    .param("due", dueDate)
                    .param("who", who)
                    .param("at", Timestamp.from(Instant.now(clock)))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RoundRefusal("exists", at); // another officer opened it a moment ago
        }
        int carried = previous.map(p -> carryForward(p.checkpoint(), at)).orElse(0);
        // values, not sentences: the audit view names the fields in the reader's language
        changeLog.record(who, null, null, at.iso(), "reporting_round_due", null, dueDate);
        if (previous.isPresent()) {
            changeLog.record(who, null, null, at.iso(), "carried_forward", null, carried);
        }
        return carried;
    }

    /**
     * Copies the values (with their authors) as drafts of the new round, marked as carried: none into a project the new
     * checkpoint is locked for already (every department, its department or the 主管部门 above it), since no value
     * enters a locked checkpoint.
     */
    private int carryForward(Checkpoint from, Checkpoint to) {
        int indicators = jdbc.sql("""
                INSERT INTO indicator_actual (indicator_id, checkpoint_year, checkpoint_month, actual_value, actual_level,
                       narrative, forecast_value, forecast_level, reasons, reason_text, likelihood, corrective_action, note,
                       carried_from, updated_by)
                SELECT a.indicator_id, :ty, :tm, a.actual_value, a.actual_level, a.narrative, a.forecast_value,
                       a.forecast_level, a.reasons, a.reason_text, a.likelihood, a.corrective_action, a.note, :fm,
                       a.updated_by
                FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id JOIN project p ON p.id = i.project_id
                WHERE a.checkpoint_year = :fy AND a.checkpoint_month = :fm
                  AND NOT EXISTS (SELECT 1 FROM indicator_actual b WHERE b.indicator_id = a.indicator_id
                                  AND b.checkpoint_year = :ty AND b.checkpoint_month = :tm)
                  AND %s""".formatted(NOT_LOCKED_AT_TARGET))
                .param("fy", from.year())
                .param("fm", from.month())
                .param("ty", to.year())
                .param("tm", to.month())
                .update();
        int budgets = jdbc.sql("""
                INSERT INTO budget_execution (project_id, checkpoint_year, checkpoint_month, adjusted_budget,
                       adjustment_reason, executed, forecast, reasons, reason_text, likelihood, corrective_action,
                       carried_from, updated_by)
                SELECT b.project_id, :ty, :tm, b.adjusted_budget, b.adjustment_reason, b.executed, b.forecast, b.reasons,
                       b.reason_text, b.likelihood, b.corrective_action, :fm, b.updated_by
                FROM budget_execution b JOIN project p ON p.id = b.project_id
                WHERE b.checkpoint_year = :fy AND b.checkpoint_month = :fm
                  AND NOT EXISTS (SELECT 1 FROM budget_execution c WHERE c.project_id = b.project_id
                                  AND c.checkpoint_year = :ty AND c.checkpoint_month = :tm)
                  AND %s""".formatted(NOT_LOCKED_AT_TARGET))
                .param("fy", from.year())
                .param("fm", from.month())
                .param("ty", to.year())
                .param("tm", to.month())
                .update();
        return indicators + budgets;
    }

    /**
     * What the user still has to enter, project by project, in the latest round of each year that has one: for the
     * projects assigned to them (every project for the system). Aggregated in SQL.
     */
    public List<OwnerTask> tasks(String username) {
        return jdbc.sql("""
                SELECT p.id, p.name, r.checkpoint_year, r.checkpoint_month, r.due_date,
                       SUM(CASE WHEN i.id IS NOT NULL AND a.id IS NULL AND %s THEN 1 ELSE 0 END) AS missing,
                       SUM(CASE WHEN a.carried_from IS NOT NULL THEN 1 ELSE 0 END) AS carried,
                       MAX(CASE WHEN b.executed IS NULL THEN 1 ELSE 0 END) AS budget_missing,
                       SUM(CASE WHEN a.review_state = 'DRAFT' AND a.carried_from IS NULL THEN 1 ELSE 0 END)
                           + MAX(CASE WHEN b.review_state = 'DRAFT' AND b.carried_from IS NULL THEN 1 ELSE 0 END) AS drafts,
                       SUM(CASE WHEN a.review_state = 'RETURNED' THEN 1 ELSE 0 END)
                           + MAX(CASE WHEN b.review_state = 'RETURNED' THEN 1 ELSE 0 END) AS returned
                FROM reporting_round r
                JOIN (SELECT checkpoint_year, MAX(checkpoint_month) AS m FROM reporting_round GROUP BY checkpoint_year) l
                  ON l.checkpoint_year = r.checkpoint_year AND l.m = r.checkpoint_month
                JOIN project p ON p.budget_year = r.checkpoint_year
                JOIN project_owner o ON o.project_id = p.id AND o.username = :user
                LEFT JOIN indicator i ON i.project_id = p.id AND i.goal_table = 'ANNUAL' AND %2$s
                LEFT JOIN indicator_actual a ON a.indicator_id = i.id AND a.checkpoint_year = r.checkpoint_year
                     AND a.checkpoint_month = r.checkpoint_month
                LEFT JOIN budget_execution b ON b.project_id = p.id AND b.checkpoint_year = r.checkpoint_year
                     AND b.checkpoint_month = r.checkpoint_month
                WHERE NOT EXISTS (SELECT 1 FROM checkpoint_lock k WHERE k.checkpoint_year = r.checkpoint_year
                                  AND k.checkpoint_month = r.checkpoint_month AND k.department_id IN %3$s)
                GROUP BY p.id, p.name, r.checkpoint_year, r.checkpoint_month, r.due_date
                ORDER BY r.due_date, p.name""".formatted(EXPECTED_IN_ROUND, COUNTS, DepartmentsAbove.ofProjectRow("p")))
                .param("user", username)
                .query((rs, n) -> new OwnerTask(
                        rs.getLong(1),
                        rs.getString(2),
                        new Checkpoint(rs.getInt(3), rs.getInt(4)),
                        rs.getDate(5).toLocalDate(),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8) == 1,
                        rs.getInt(9),
                        rs.getInt(10)))
                .list();
    }

    /** Every round of the year with how much of it was entered: indicators with a value, carried, and in all. */
    public List<RoundProgress> progress(int year) {
        LocalDate today = today();
        return jdbc.sql("""
                SELECT r.checkpoint_year, r.checkpoint_month, r.due_date, r.opened_by, r.opened_at,
                       SUM(CASE WHEN i.id IS NOT NULL AND (%1$s OR a.id IS NOT NULL) THEN 1 ELSE 0 END) AS indicators,
                       SUM(CASE WHEN a.id IS NOT NULL THEN 1 ELSE 0 END) AS entered,
                       COUNT(a.carried_from) AS carried,
                       EXISTS (SELECT 1 FROM checkpoint_lock k WHERE k.checkpoint_year = r.checkpoint_year
                               AND k.checkpoint_month = r.checkpoint_month AND k.department_id = 0) AS locked
                FROM reporting_round r
                LEFT JOIN project p ON p.budget_year = r.checkpoint_year
                LEFT JOIN indicator i ON i.project_id = p.id AND i.goal_table = 'ANNUAL' AND %2$s
                LEFT JOIN indicator_actual a ON a.indicator_id = i.id AND a.checkpoint_year = r.checkpoint_year
                     AND a.checkpoint_month = r.checkpoint_month
                WHERE r.checkpoint_year = :y
                GROUP BY r.checkpoint_year, r.checkpoint_month, r.due_date, r.opened_by, r.opened_at
                ORDER BY r.checkpoint_month""".formatted(EXPECTED_IN_ROUND, COUNTS))
                .param("y", year)
                .query((rs, n) -> {
                    ReportingRound round = round(rs);
                    return new RoundProgress(
                            round,
                            rs.getInt("indicators"),
                            rs.getInt("entered"),
                            rs.getInt("carried"),
                            rs.getBoolean("locked"),
                            round.isOverdue(today));
                })
                .list();
    }

    private static ReportingRound round(ResultSet rs) throws SQLException {
        return new ReportingRound(
                new Checkpoint(rs.getInt(1), rs.getInt(2)),
                rs.getDate(3).toLocalDate(),
                rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }
}
