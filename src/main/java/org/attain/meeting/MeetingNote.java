package org.attain.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Remarks and the decision recorded for one project during the review meeting of a checkpoint, with who carries the
 * decision out and by when.
 */
public record MeetingNote(
        long projectId,
        @Nullable String remarks,
        @Nullable String decisions,
        @Nullable String decisionOwner,
        @Nullable LocalDate decisionDue,
        @Nullable Integer version,
        @Nullable String updatedBy) {

    public static final int TEXT_MAX = 4000;
    public static final int NAME_MAX = 100;

    public static MeetingNote empty(long projectId) {
        return new MeetingNote(projectId, null, null, null, null, null, null);
    }

    public boolean hasDecision() {
        return decisions != null && !decisions.isBlank();
    }
}
