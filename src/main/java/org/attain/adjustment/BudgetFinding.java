package org.attain.adjustment;

import java.math.BigDecimal;

/** A project whose annual budget changed by more than the set share without a target adjustment (预算已调整，绩效目标未同步调整). */
public record BudgetFinding(
        long projectId, String projectName, BigDecimal approved, BigDecimal adjusted, BigDecimal share) {}
