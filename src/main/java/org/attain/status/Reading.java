package org.attain.status;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What was reported for an indicator at a checkpoint: the actual to date and the full-year forecast, each a number
 * in the indicator's unit or a qualitative level, and the likelihood of meeting the target.
 */
public record Reading(
        @Nullable BigDecimal actual,
        @Nullable QualitativeLevel actualLevel,
        @Nullable BigDecimal forecast,
        @Nullable QualitativeLevel forecastLevel,
        @Nullable Likelihood likelihood) {

    public static final Reading NONE = new Reading(null, null, null, null, null);

    public boolean hasActual() {
        return actual != null || actualLevel != null;
    }

    public static Reading of(BigDecimal actual) {
        return new Reading(actual, null, null, null, null);
    }

    public static Reading of(QualitativeLevel level) {
        return new Reading(null, level, null, null, null);
    }

    public Reading withForecast(BigDecimal value, Likelihood l) {
        return new Reading(actual, actualLevel, value, forecastLevel, l);
    }

    public Reading withForecast(QualitativeLevel level, Likelihood l) {
        return new Reading(actual, actualLevel, forecast, level, l);
    }
}
