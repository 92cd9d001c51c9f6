package org.attain.adjustment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.attain.history.ChangeLog;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.project.DepartmentScopes;
import org.attain.project.DepartmentsAbove;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target adjustments (绩效目标调整). The performance officer proposes one with its reason and basis; a second person
 * with the officer or administrator role approves or rejects it; once approved it applies from its checkpoint on
 * ({@link TargetTimeline}). Every step is audited (field {@code target_adjustment}).
 */
@Service
public class TargetAdjustments {

    /** Characters of a reason, a basis or a decision note. */
    public static final int TEXT_MAX = 500;

    private final JdbcClient jdbc;
    private final IndicatorService indicators;
    private final CurrentUser currentUser;
    private final ChangeLog changeLog;
    private final Clock clock;

    private final DepartmentScopes scopes;

    TargetAdjustments(
            JdbcClient jdbc,
            IndicatorService indicators,
            CurrentUser currentUser,
            ChangeLog changeLog,
            Clock clock,
            DepartmentScopes scopes) {
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** What the officer proposes; for a change or removal the indicator, for a new indicator its place and name. */
    public record Proposal(
            long projectId,
            AdjustmentKind kind,
            @Nullable Long indicatorId,
            int effectiveMonth,
            @Nullable String newTarget,
            @Nullable String category,
            @Nullable String subcategory,
            @Nullable String name,
            String reason,
            String basis) {}

    /** Every adjustment of a year's projects in the reader's department scope, newest first. */
    public List<TargetAdjustment> list(int year) {
        return jdbc.sql("SELECT t.* FROM target_adjustment t JOIN project p ON p.id = t.project_id"
                        + " WHERE p.budget_year = :y AND " + scopes.current().sql("p")
                        + " ORDER BY t.proposed_at DESC, t.id DESC")
                .param("y", year)
                .query((rs, n) -> adjustment(rs))
                .list();
    }

    public TargetAdjustment find(long id) {
        return jdbc.sql("SELECT * FROM target_adjustment WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> adjustment(rs))
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No target adjustment " + id));
    }

    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public long propose(Proposal p) {
        int year = jdbc.sql("SELECT budget_year FROM project WHERE id = :id")
                .param("id", p.projectId())
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new AdjustmentRefusal("missing.project"));
        if (p.effectiveMonth() < 1 || p.effectiveMonth() > 12) {
            throw new AdjustmentRefusal("month");
        }
        refuseIfLocked(p.projectId(), year, p.effectiveMonth());
        String reason = text(p.reason(), "reason");
        String basis = text(p.basis(), "basis");
        Indicator indicator = p.kind() == AdjustmentKind.ADD ? null : annual(p);
        String category = indicator != null ? indicator.getCategory() : required(p.category(), "category");
        String subcategory = indicator != null ? indicator.getSubcategory() : required(p.subcategory(), "subcategory");
        String name = indicator != null ? indicator.getName() : required(p.name(), "name");
        String oldTarget = indicator == null
                ? null
                : inForce(indicator, p.effectiveMonth() - 1).text();
        String newTarget = p.kind() == AdjustmentKind.REMOVE ? null : newTarget(p.newTarget(), subcategory, oldTarget);
        jdbc.sql("""
                INSERT INTO target_adjustment (project_id, indicator_id, kind, effective_month, old_target, new_target,
                       category, subcategory, name, reason, basis, proposed_by, proposed_at)
                VALUES (:p, :i, :k, :m, :old, :new, :c, :s, :n, :r, :b, :who, :at)""")
                .param("p", p.projectId())
                .param("i", indicator == null ? null : indicator.getId())
                .param("k", p.kind().name())
                .param("m", p.effectiveMonth())
                .param("old", oldTarget)
                .param("new", newTarget)
                .param("c", category)
                .param("s", subcategory)
                .param("n", name)
                .param("r", reason)
                .param("b", basis)
                .param("who", currentUser.name())
                .param("at", now())
                .update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        changeLog.record(
                currentUser.name(),
                p.projectId(),
                indicator == null ? null : indicator.getId(),
                String.valueOf(year),
                "target_adjustment",
                null,
                describe(p.kind(), oldTarget, newTarget, name, p.effectiveMonth()));
        return id;
    }

    /** A second person with the officer or administrator role approves: the adjustment applies from its checkpoint. */
    @RequiresRole({Role.PERFORMANCE_OFFICER, Role.ADMIN})
    @Transactional
    public void approve(long id) {
        TargetAdjustment a = decidable(id);
        // proposed while open, the checkpoint may have been locked since: approving would change a locked judgement
        refuseIfLocked(a.projectId(), year(a.projectId()), a.effectiveMonth());
        Long indicatorId = a.indicatorId();
        if (a.kind() == AdjustmentKind.ADD) {
            indicatorId = indicators
                    .addAnnual(
                            a.projectId(),
                            a.category(),
                            a.subcategory(),
                            a.name(),
                            TargetParser.parse(a.newTarget(), a.subcategory()),
                            a.effectiveMonth())
                    .getId();
        } else if (a.kind() == AdjustmentKind.REMOVE) {
            indicators.removeFrom(indicatorId, a.effectiveMonth());
        }
        decide(a, AdjustmentState.APPROVED, null, indicatorId);
    }

    @RequiresRole({Role.PERFORMANCE_OFFICER, Role.ADMIN})
    @Transactional
    public void reject(long id, String note) {
        TargetAdjustment a = decidable(id);
        decide(a, AdjustmentState.REJECTED, text(note, "note"), a.indicatorId());
    }

    /** The approved adjustments of a year's projects, whatever their checkpoint. */
    public List<TargetAdjustment> approved(int year) {
        return jdbc.sql("SELECT t.* FROM target_adjustment t JOIN project p ON p.id = t.project_id"
                        + " WHERE p.budget_year = :y AND t.state = 'APPROVED'")
                .param("y", year)
                .query((rs, n) -> adjustment(rs))
                .list();
    }

    /** The approved adjustments of these projects. */
    public List<TargetAdjustment> approvedOf(Collection<Long> projectIds) {
        return jdbc.sql("SELECT t.* FROM target_adjustment t WHERE t.project_id IN (:ids) AND t.state = 'APPROVED'")
                .param("ids", projectIds)
                .query((rs, n) -> adjustment(rs))
                .list();
    }

    /**
     * Refuses when the project's year is locked at the effective checkpoint or a later one, for every department, the
     * project's or the 主管部门 above it.
     */
    private void refuseIfLocked(long projectId, int year, int effectiveMonth) {
        if (jdbc.sql("SELECT COUNT(*) FROM checkpoint_lock WHERE checkpoint_year = :y AND checkpoint_month >= :m"
                                + " AND department_id IN " + DepartmentsAbove.ofProject(":p"))
                        .param("p", projectId)
                        .param("y", year)
                        .param("m", effectiveMonth)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw new AdjustmentRefusal("locked");
        }
    }

    private int year(long projectId) {
        return jdbc.sql("SELECT budget_year FROM project WHERE id = :id")
                .param("id", projectId)
                .query(Integer.class)
                .single();
    }

    private TargetAdjustment decidable(long id) {
        TargetAdjustment a = find(id);
        if (a.state() != AdjustmentState.PROPOSED) {
            throw new AdjustmentRefusal("decided");
        }
        if (!currentUser.isSystem() && currentUser.name().equals(a.proposedBy())) {
            throw new AdjustmentRefusal("ownProposal");
        }
        return a;
    }

    private void decide(TargetAdjustment a, AdjustmentState state, @Nullable String note, @Nullable Long indicatorId) {
        jdbc.sql("""
                UPDATE target_adjustment SET state = :s, decided_by = :who, decided_at = :at, decision_note = :note,
                       indicator_id = :i WHERE id = :id AND state = 'PROPOSED'""")
                .param("s", state.name())
                .param("who", currentUser.name())
                .param("at", now())
                .param("note", note)
                .param("i", indicatorId)
                .param("id", a.id())
                .update();
        changeLog.record(
                currentUser.name(),
                a.projectId(),
                indicatorId,
                null,
                "target_adjustment",
                AdjustmentState.PROPOSED,
                state + (note == null ? "" : ": " + note));
    }

    private Indicator annual(Proposal p) {
        Indicator i = p.indicatorId() == null
                ? null
                : indicators.find(p.indicatorId()).orElse(null);
        if (i == null || i.getProjectId() != p.projectId()) {
            throw new AdjustmentRefusal("indicator");
        }
        return i;
    }

    /** The target in force at {@code month} (0: the approved one). */
    private Target inForce(Indicator i, int month) {
        Map<Long, Target> adjusted = TargetTimeline.inForce(approved(yearOf(i.getProjectId())), month);
        return adjusted.getOrDefault(i.getId(), i.getTarget());
    }

    private int yearOf(long projectId) {
        return jdbc.sql("SELECT budget_year FROM project WHERE id = :id")
                .param("id", projectId)
                .query(Integer.class)
                .single();
    }

    private static String newTarget(@Nullable String text, String subcategory, @Nullable String oldTarget) {
        String t = required(text, "target");
        if (t.length() > Indicator.TARGET_MAX
                || !TargetParser.looksLikeTarget(t) && !TargetParser.isKnownQualitative(t)) {
            throw new AdjustmentRefusal("target", t);
        }
        if (t.equals(oldTarget)) {
            throw new AdjustmentRefusal("sameTarget", t);
        }
        TargetParser.parse(t, subcategory);
        return t;
    }

    private static String required(@Nullable String text, String what) {
        if (text == null || text.isBlank()) {
            throw new AdjustmentRefusal("missing." + what);
        }
        return text.strip();
    }

    private static String text(@Nullable String text, String what) {
        String t = required(text, what);
        if (t.length() > TEXT_MAX) {
            throw new AdjustmentRefusal("tooLong", TEXT_MAX);
        }
        return t;
    }

    private static String describe(
            AdjustmentKind kind, @Nullable String before, @Nullable String after, String name, int month) {
        return kind + " " + name + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after) + " @"
                + month;
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    private static TargetAdjustment adjustment(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new TargetAdjustment(
                rs.getLong("id"),
                rs.getLong("project_id"),
                rs.getObject("indicator_id", Long.class),
                AdjustmentKind.valueOf(rs.getString("kind")),
                rs.getInt("effective_month"),
                rs.getString("old_target"),
                rs.getString("new_target"),
                rs.getString("category"),
                rs.getString("subcategory"),
                rs.getString("name"),
                rs.getString("reason"),
                rs.getString("basis"),
                AdjustmentState.valueOf(rs.getString("state")),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                rs.getString("decision_note"));
    }
}
