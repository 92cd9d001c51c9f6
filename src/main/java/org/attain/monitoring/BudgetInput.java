package org.attain.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Budget figures of a project at a checkpoint, in 万元; {@code version} as in {@link ActualInput}. */
public record BudgetInput(@Nullable Integer version, @Nullable BigDecimal adjustedBudget,
        @Nullable String adjustmentReason, @Nullable BigDecimal executed, @Nullable BigDecimal forecast) {

    /** Characters of an adjustment reason (VARCHAR(500)). */
    public static final int REASON_MAX = 500;

    public static final BudgetInput EMPTY = new BudgetInput(null, null, null, null, null);

    public boolean isEmpty() {
        return adjustedBudget == null && executed == null && forecast == null
                && (adjustmentReason == null || adjustmentReason.isBlank());
    }

    public BudgetInput withVersion(@Nullable Integer newVersion) {
        return new BudgetInput(newVersion, adjustedBudget, adjustmentReason, executed, forecast);
    }
}
