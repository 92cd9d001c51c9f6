package org.attain.monitoring;

import java.math.BigDecimal;
import org.attain.status.Deviation;
import org.jspecify.annotations.Nullable;

/**
 * Budget figures of a project at a checkpoint, in 万元, with the deviation of a lagging budget; {@code version} as in
 * {@link ActualInput}.
 */
public record BudgetInput(
        @Nullable Integer version,
        @Nullable BigDecimal adjustedBudget,
        @Nullable String adjustmentReason,
        @Nullable BigDecimal executed,
        @Nullable BigDecimal forecast,
        Deviation deviation) {

    /** Characters of an adjustment reason (VARCHAR(500)). */
    public static final int REASON_MAX = 500;

    public static final BudgetInput EMPTY = new BudgetInput(null, null, null, null, null);

    public BudgetInput(
            @Nullable Integer version,
            @Nullable BigDecimal adjustedBudget,
            @Nullable String adjustmentReason,
            @Nullable BigDecimal executed,
            @Nullable BigDecimal forecast) {
        this(version, adjustedBudget, adjustmentReason, executed, forecast, Deviation.NONE);
    }

    public boolean isEmpty() {
        return adjustedBudget == null
                && executed == null
                && forecast == null
                && (adjustmentReason == null || adjustmentReason.isBlank())
                && deviation.isEmpty();
    }

    public BudgetInput withVersion(@Nullable Integer newVersion) {
        return new BudgetInput(newVersion, adjustedBudget, adjustmentReason, executed, forecast, deviation);
    }

    public BudgetInput withDeviation(Deviation newDeviation) {
        return new BudgetInput(version, adjustedBudget, adjustmentReason, executed, forecast, newDeviation);
    }
}
