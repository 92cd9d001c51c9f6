package org.attain.monitoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;
import org.jspecify.annotations.Nullable;

/**
 * What a project owner enters for one indicator at a checkpoint. {@code version} is the version the form was filled
 * from (null for a first entry): a save against a newer stored version is a concurrent edit.
 */
public record ActualInput(
        long indicatorId,
        @Nullable Integer version,
        @Nullable BigDecimal actual,
        @Nullable QualitativeLevel actualLevel,
        @Nullable String narrative,
        @Nullable BigDecimal forecast,
        @Nullable QualitativeLevel forecastLevel,
        Set<DeviationReason> reasons,
        @Nullable String reasonText,
        @Nullable Likelihood likelihood,
        @Nullable String correctiveAction,
        @Nullable String note) {

    /** Characters of a reason text, a corrective action or a note, as the entry form allows. */
    public static final int TEXT_MAX = 2000;

    public ActualInput {
        reasons = Set.copyOf(reasons);
    }

    public static ActualInput empty(long indicatorId) {
        return new ActualInput(indicatorId, null, null, null, null, null, null, Set.of(), null, null, null, null);
    }

    public boolean isEmpty() {
        return actual == null
                && actualLevel == null
                && forecast == null
                && forecastLevel == null
                && reasons.isEmpty()
                && blank(reasonText)
                && likelihood == null
                && blank(correctiveAction)
                && blank(note)
                && blank(narrative);
    }

    /** Same values, ignoring the version. */
    public boolean sameValues(ActualInput o) {
        return eq(actual, o.actual)
                && actualLevel == o.actualLevel
                && Objects.equals(norm(narrative), norm(o.narrative))
                && eq(forecast, o.forecast)
                && forecastLevel == o.forecastLevel
                && reasons.equals(o.reasons)
                && Objects.equals(norm(reasonText), norm(o.reasonText))
                && likelihood == o.likelihood
                && Objects.equals(norm(correctiveAction), norm(o.correctiveAction))
                && Objects.equals(norm(note), norm(o.note));
    }

    public ActualInput withVersion(@Nullable Integer newVersion) {
        return new ActualInput(
                indicatorId,
                newVersion,
                actual,
                actualLevel,
                narrative,
                forecast,
                forecastLevel,
                reasons,
                reasonText,
                likelihood,
                correctiveAction,
                note);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String norm(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean eq(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
