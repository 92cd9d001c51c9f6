package org.attain.meeting;

import org.jspecify.annotations.Nullable;

/** Remarks and decisions recorded for one project during the review meeting of a checkpoint. */
public record MeetingNote(long projectId, @Nullable String remarks, @Nullable String decisions, @Nullable Integer version,
        @Nullable String updatedBy) {

    public static MeetingNote empty(long projectId) {
        return new MeetingNote(projectId, null, null, null, null);
    }
}
