package org.attain.monitoring;

import java.time.Instant;
import org.attain.indicator.Indicator;
import org.attain.review.Review;
import org.jspecify.annotations.Nullable;

/**
 * One indicator on the entry form: the indicator, what is stored for the checkpoint, who stored it when, the month of
 * the round it was carried from (沿用上期) while nobody has saved it for this round, and its review (null: nothing
 * stored yet).
 */
public record EntryRow(
        Indicator indicator,
        ActualInput stored,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        @Nullable Integer carriedFrom,
        @Nullable Review review) {

    public EntryRow(
            Indicator indicator,
            ActualInput stored,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt,
            @Nullable Integer carriedFrom) {
        this(indicator, stored, updatedBy, updatedAt, carriedFrom, null);
    }

    public EntryRow(Indicator indicator, ActualInput stored, @Nullable String updatedBy, @Nullable Instant updatedAt) {
        this(indicator, stored, updatedBy, updatedAt, null, null);
    }

    /** Whether the owner may still change it: nothing stored, a draft, or returned to them. */
    public boolean isEditable() {
        return review == null || review.state().isEditable();
    }
}
