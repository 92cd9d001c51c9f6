package org.attain.importing.history;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The funds block of an earlier year's table as stated (amounts in 万元, the rate as a fraction): 年初预算数,
 * 全年预算数, 全年执行数 (1-X月执行数 in a monitoring table), its 分值, 执行率 and 得分.
 */
public record StatedBudget(
        @Nullable BigDecimal initial,
        @Nullable BigDecimal annual,
        @Nullable BigDecimal executed,
        @Nullable BigDecimal weight,
        @Nullable BigDecimal rate,
        @Nullable BigDecimal score) {

    public static final StatedBudget NONE = new StatedBudget(null, null, null, null, null, null);

    /** The budget the year was run with: 全年预算数, else 年初预算数. */
    public @Nullable BigDecimal budget() {
        return annual != null && annual.signum() > 0 ? annual : initial;
    }
}
