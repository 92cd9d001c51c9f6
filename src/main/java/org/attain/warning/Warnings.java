package org.attain.warning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.history.ChangeLog;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.StatusService;
import org.attain.round.ReportingRound;
import org.attain.round.ReportingRounds;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.attain.targets.Direction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warnings of a checkpoint under the year's rules, from the approved values: execution below the month's floor,
 * or target attainment and execution further apart than the rule allows; each asks for a decision (继续执行 / 调剂 /
 * 取消) by a deadline, recorded by the performance officer.
 */
@Service
public class Warnings {

    private final JdbcClient jdbc;
    private final StatusService status;
    private final ReportingRounds rounds;
    private final CurrentUser currentUser;
    private final ChangeLog changeLog;
    private final Clock clock;

    Warnings(
            JdbcClient jdbc,
            StatusService status,
            ReportingRounds rounds,
            CurrentUser currentUser,
            ChangeLog changeLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.status = status;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public WarningRules rules(int year) {
        return jdbc.sql("SELECT floors, gap_points, decision_days FROM warning_rule WHERE budget_year = :y")
                .param("y", year)
                .query((rs, n) -> WarningRules.parse(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3)))
                .optional()
                .orElse(WarningRules.DEFAULT);
    }

    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public void setRules(int year, WarningRules rules) {
        WarningRules before = rules(year);
        jdbc.sql("""
                INSERT INTO warning_rule (budget_year, floors, gap_points, decision_days, updated_by, updated_at)
                VALUES (:y, :f, :g, :d, :who, :at) ON DUPLICATE KEY UPDATE floors = :f, gap_points = :g,
                decision_days = :d, updated_by = :who, updated_at = :at""")
                .param("y", year)
                .param("f", rules.floorsText())
                .param("g", rules.gapPoints())
                .param("d", rules.decisionDays())
                .param("who", currentUser.name())
                .param("at", now())
                .update();
        changeLog.record(
                currentUser.name(), null, null, String.valueOf(year), "warning_rules", text(before), text(rules));
    }

    /** Every warning of the checkpoint, worst projects first as the read model orders them. */
    public List<ProjectWarning> at(Checkpoint at) {
        WarningRules rules = rules(at.year());
        LocalDate due =
                rounds.round(at).map(ReportingRound::dueDate).orElse(at.end().plusDays(10));
        LocalDate deadline = due.plusDays(rules.decisionDays());
        Map<String, Object[]> decisions = decisions(at);
        List<ProjectWarning> result = new ArrayList<>();
        for (ProjectStatus p : status.approvedPortfolio(at).worstFirst()) {
            for (Warning w : rules.check(p.projectId(), at, p.budgetStatus().rate(), attainment(p))) {
                Object[] d = decisions.get(p.projectId() + ":" + w.kind());
                result.add(
                        d == null
                                ? new ProjectWarning(w, p.name(), deadline, null, null, null, null)
                                : new ProjectWarning(
                                        w, p.name(), deadline, (Decision) d[0], (String) d[1], (String) d[2], (Instant)
                                                d[3]));
            }
        }
        return result;
    }

    /** The officer records the decision a warning asks for; a later one replaces it, both in the audit log. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public void decide(long projectId, Checkpoint at, WarningKind kind, Decision decision, @Nullable String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw new WarningRefusal("note");
        }
        status.approvedProject(projectId, at); // another department's project is refused (OutOfScopeException)
        jdbc.sql("""
                INSERT INTO warning_decision (project_id, checkpoint_year, checkpoint_month, kind, decision, note,
                       decided_by, decided_at) VALUES (:p, :y, :m, :k, :d, :n, :who, :at)
                ON DUPLICATE KEY UPDATE decision = :d, note = :n, decided_by = :who, decided_at = :at""")
                .param("p", projectId)
                .param("y", at.year())
                .param("m", at.month())
                .param("k", kind.name())
                .param("d", decision.name())
                .param("n", text)
                .param("who", currentUser.name())
                .param("at", now())
                .update();
        changeLog.record(
                currentUser.name(),
                projectId,
                null,
                at.iso(),
                "warning_decision",
                null,
                kind + ": " + decision + (text == null ? "" : " · " + text));
    }

    /**
     * The project's target attainment as a share of the year: the mean of actual ÷ target (at most 1) over its
     * quantitative indicators that rise to their target and have an actual; null without any.
     */
    static @Nullable BigDecimal attainment(ProjectStatus p) {
        List<BigDecimal> shares = new ArrayList<>();
        for (IndicatorRow r : p.indicators()) {
            BigDecimal target = r.target().value();
            if (r.actual() != null
                    && !r.target().isQualitative()
                    && r.target().direction() != Direction.LOWER_IS_BETTER
                    && target != null
                    && target.signum() > 0) {
                shares.add(r.actual().divide(target, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE));
            }
        }
        return shares.isEmpty()
                ? null
                : shares.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(shares.size()), 4, RoundingMode.HALF_UP);
    }

    private Map<String, Object[]> decisions(Checkpoint at) {
        Map<String, Object[]> decisions = new HashMap<>();
        jdbc.sql("""
                SELECT project_id, kind, decision, note, decided_by, decided_at FROM warning_decision
                WHERE checkpoint_year = :y AND checkpoint_month = :m""")
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> decisions.put(rs.getLong(1) + ":" + rs.getString(2), new Object[] {
                    Decision.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant()
                }))
                .list();
        return decisions;
    }

    private static String text(WarningRules r) {
        return r.floorsText() + " · " + r.gapPoints().stripTrailingZeros().toPlainString() + " · " + r.decisionDays();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
