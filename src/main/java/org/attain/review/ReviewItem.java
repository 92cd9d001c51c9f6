package org.attain.review;

import java.time.Instant;
import org.attain.status.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * One item of a project's report at a checkpoint as the review sees it: an annual indicator (or the budget line, with
 * no name), its review state (null: nothing stored yet), whether it has values, whether the round asks for it (a
 * year-end survey is not asked for before 1-12月), who last changed it, and the review so far.
 */
public record ReviewItem(
        ItemKey key,
        @Nullable String name,
        @Nullable ReviewState state,
        boolean hasValues,
        boolean expected,
        @Nullable Long rowId,
        int version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        @Nullable Review review) {

    public boolean isStarted() {
        return state != null;
    }

    /** Not settled, and either asked for in this round or already entered: it keeps the round from being locked. */
    public boolean isOpen() {
        return state == null ? expected : !state.isSettled();
    }
}
