package org.attain.review;

import java.time.Instant;
import org.attain.status.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * The review of one stored value: its state, who submitted it and when, who decided on it and when, and the reason of
 * a return or a waiver (kept in sight of the owner until the next decision).
 */
public record Review(
        ReviewState state,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable String reason) {

    public static Review draft() {
        return new Review(ReviewState.DRAFT, null, null, null, null, null);
    }
}
