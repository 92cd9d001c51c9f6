package org.attain.warning;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A warning with its project, the deadline of the decision it asks for, and the decision once taken. */
public record ProjectWarning(
        Warning warning,
        String projectName,
        LocalDate deadline,
        @Nullable Decision decision,
        @Nullable String note,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    /** No decision by the deadline. */
    public boolean isOverdue(LocalDate today) {
        return decision == null && today.isAfter(deadline);
    }
}
