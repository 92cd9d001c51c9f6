package org.attain.status;

import java.math.BigDecimal;
import java.util.Set;
import org.attain.i18n.Message;
import org.jspecify.annotations.Nullable;

/**
 * Where an indicator stands at a checkpoint: its light, what was expected by now, the attainment ratio, the
 * flags raised, and the one sentence that explains the light (a message, rendered in the reader's language).
 */
public record IndicatorStatus(
        Light light,
        @Nullable BigDecimal expected,
        @Nullable BigDecimal attainment,
        Set<Flag> flags,
        Message explanation) {

    public enum Flag {
        /** The full-year forecast does not reach the target, whatever the actual says. */
        FORECAST_MISSES_TARGET,
        /** Likelihood 有可能 or 完全不可能. */
        AT_RISK,
        /** The actual is 130 % of the target or more: a reason is required. */
        OVERSHOOT
    }

    /**
     * Red, yellow or overdue, a forecast that misses the target, a likelihood at risk, or an overshoot that needs its
     * reason. Not reported within an open round is not (yet) a shortfall.
     */
    public boolean isShortfall() {
        return light.isShortfall() || !flags.isEmpty();
    }
}
