package org.attain.adjustment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A target adjustment (绩效目标调整): what it changes, from which checkpoint of the project's year (1-X月) on, the
 * target before (调整前) and after (调整后), why and on what basis, and who proposed and decided it when.
 *
 * @param category    for a new indicator: its 一级指标; for a change: the indicator's
 * @param subcategory for a new indicator: its 二级指标; for a change: the indicator's (to read the new target)
 * @param name        the indicator's name (a new one's as proposed)
 */
public record TargetAdjustment(
        long id,
        long projectId,
        @Nullable Long indicatorId,
        AdjustmentKind kind,
        int effectiveMonth,
        @Nullable String oldTarget,
        @Nullable String newTarget,
        @Nullable String category,
        @Nullable String subcategory,
        @Nullable String name,
        String reason,
        String basis,
        AdjustmentState state,
        String proposedBy,
        Instant proposedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote) {

    public boolean isApproved() {
        return state == AdjustmentState.APPROVED;
    }
}
