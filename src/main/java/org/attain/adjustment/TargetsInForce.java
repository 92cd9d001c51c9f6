package org.attain.adjustment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the approved adjustments mean at a checkpoint: the targets in force and the indicators that count; and the
 * projects whose budget changed without a target adjustment (more than {@code attain.adjustment.budget-share},
 * 10 % by default, between 年初预算数 and the approved 全年预算数).
 */
@Service
public class TargetsInForce {

    private final JdbcClient jdbc;
    private final TargetAdjustments adjustments;
    private final BigDecimal budgetShare;

    TargetsInForce(
            JdbcClient jdbc,
            TargetAdjustments adjustments,
            @Value("${attain.adjustment.budget-share:0.10}") BigDecimal budgetShare) {
        this.jdbc = jdbc;
        this.adjustments = adjustments;
        this.budgetShare = budgetShare;
    }

    /** For every project of the checkpoint's year, two queries. */
    public InForce at(Checkpoint at) {
        Set<Long> hidden = new HashSet<>(jdbc.sql("""
                SELECT i.id FROM indicator i JOIN project p ON p.id = i.project_id
                WHERE p.budget_year = :y AND (i.added_from_month > :m OR i.removed_from_month <= :m)""")
                .param("y", at.year())
                .param("m", at.month())
                .query(Long.class)
                .list());
        return new InForce(TargetTimeline.inForce(adjustments.approved(at.year()), at.month()), hidden);
    }

    /**
     * As {@link #at(Checkpoint)}, for these projects of the checkpoint's year only: two queries over their rows, not
     * over the year's, so that a project page or a few judged projects cost the same at any number of projects.
     */
    public InForce at(Checkpoint at, Collection<Long> projectIds) {
        return atMonths(at.year(), List.of(at.month()), projectIds).get(at.month());
    }

    /**
     * As {@link #at(Checkpoint, Collection)} at several months of one year at once: two queries for all of them (the
     * indicators added or removed during the year, the approved adjustments), applied month by month in memory.
     */
    public Map<Integer, InForce> atMonths(int year, Collection<Integer> months, Collection<Long> projectIds) {
        Map<Integer, InForce> byMonth = new HashMap<>();
        if (projectIds.isEmpty()) {
            months.forEach(m -> byMonth.put(m, InForce.NONE));
            return byMonth;
        }
        record Span(
                long id,
                @Nullable Integer addedFrom,
                @Nullable Integer removedFrom) {}
        List<Span> spans = jdbc.sql("SELECT i.id, i.added_from_month, i.removed_from_month FROM indicator i"
                        + " WHERE i.project_id IN (:ids)"
                        + " AND (i.added_from_month IS NOT NULL OR i.removed_from_month IS NOT NULL)")
                .param("ids", projectIds)
                .query((rs, n) ->
                        new Span(rs.getLong(1), rs.getObject(2, Integer.class), rs.getObject(3, Integer.class)))
                .list();
        List<TargetAdjustment> approved = adjustments.approvedOf(projectIds);
        for (int m : months) {
            Set<Long> hidden = new HashSet<>();
            for (Span s : spans) {
                if ((s.addedFrom() != null && s.addedFrom() > m) || (s.removedFrom() != null && s.removedFrom() <= m)) {
                    hidden.add(s.id());
                }
            }
            byMonth.put(m, new InForce(TargetTimeline.inForce(approved, m), hidden));
        }
        return byMonth;
    }

    public BigDecimal budgetShare() {
        return budgetShare;
    }

    /** The projects whose approved 全年预算数 at the checkpoint changed by more than the share, with no approved adjustment. */
    public List<BudgetFinding> budgetFindings(Checkpoint at) {
        return jdbc
                .sql("""
                SELECT p.id, p.name, p.budget, v.adjusted_budget,
                       EXISTS (SELECT 1 FROM target_adjustment t WHERE t.project_id = p.id AND t.state = 'APPROVED'
                               AND t.effective_month <= :m) AS adjusted_targets
                FROM project p JOIN approved_budget v ON v.project_id = p.id AND v.checkpoint_year = :y
                     AND v.checkpoint_month = :m
                WHERE p.budget_year = :y AND v.adjusted_budget IS NOT NULL ORDER BY p.name""")
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> {
                    BudgetChange change = new BudgetChange(rs.getBigDecimal(3), rs.getBigDecimal(4));
                    return change.needsTargetReview(budgetShare, rs.getBoolean(5))
                            ? new BudgetFinding(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    change.approved(),
                                    change.adjusted(),
                                    change.share())
                            : null;
                })
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }
}
