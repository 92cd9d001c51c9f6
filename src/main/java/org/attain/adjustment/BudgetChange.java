package org.attain.adjustment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A project's annual budget as approved (年初预算数) and as adjusted (全年预算数). Auditors fault a budget changed by
 * more than a set share without a matching target adjustment ("预算已调整，绩效目标未同步调整"). Pure Java.
 */
public record BudgetChange(BigDecimal approved, BigDecimal adjusted) {

    /** |adjusted − approved| ÷ approved, to four places; none for an approved budget of 0. */
    public BigDecimal share() {
        return approved.signum() == 0
                ? BigDecimal.ZERO
                : adjusted.subtract(approved).abs().divide(approved, 4, RoundingMode.HALF_UP);
    }

    /** More than {@code threshold} (e.g. 0.10) changed and no target adjustment approved for the project. */
    public boolean needsTargetReview(BigDecimal threshold, boolean targetsAdjusted) {
        return !targetsAdjusted && share().compareTo(threshold) > 0;
    }
}
