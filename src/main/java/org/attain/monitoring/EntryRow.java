package org.attain.monitoring;

import java.time.Instant;
import org.attain.indicator.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * One indicator on the entry form: the indicator, what is stored for the checkpoint, who stored it when, and the
 * month of the round it was carried from (沿用上期) while nobody has saved it for this round.
 */
public record EntryRow(Indicator indicator, ActualInput stored, @Nullable String updatedBy, @Nullable Instant updatedAt,
        @Nullable Integer carriedFrom) {

    public EntryRow(Indicator indicator, ActualInput stored, @Nullable String updatedBy, @Nullable Instant updatedAt) {
        this(indicator, stored, updatedBy, updatedAt, null);
    }
}
