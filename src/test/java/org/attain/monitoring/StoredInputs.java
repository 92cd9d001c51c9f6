package org.attain.monitoring;

import java.math.BigDecimal;

/** Test inputs made from what a form holds: the stored values with another quantitative actual. */
public final class StoredInputs {

    private StoredInputs() {}

    /** The stored input of a quantitative indicator with {@code actual} as its actual, keeping every other value. */
    public static ActualInput withActual(ActualInput stored, String actual) {
        return new ActualInput(
                stored.indicatorId(),
                stored.version(),
                new BigDecimal(actual),
                null,
                stored.narrative(),
                stored.forecast(),
                null,
                stored.reasons(),
                stored.reasonText(),
                stored.likelihood(),
                stored.correctiveAction(),
                stored.note());
    }
}
