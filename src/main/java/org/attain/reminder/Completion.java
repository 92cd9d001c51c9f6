package org.attain.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's report in a round, item by item (its annual indicators asked for in the round and its budget line):
 * how many are missing, drafts, submitted, returned, approved and waived, who owns the project, and whether a lock of
 * the checkpoint holds it (every department's, its department's or its 主管部门's): a locked report is closed, whatever
 * it still lacks.
 */
public record Completion(
        long projectId,
        String projectName,
        List<String> owners,
        int missing,
        int drafts,
        int submitted,
        int returned,
        int approved,
        int waived,
        boolean locked) {

    public Completion {
        owners = List.copyOf(owners);
    }

    public CompletionStage stage() {
        if (locked) {
            return CompletionStage.LOCKED;
        }
        if (drafts + submitted + returned + approved + waived == 0) {
            return CompletionStage.NOT_STARTED;
        }
        if (returned > 0) {
            return CompletionStage.RETURNED;
        }
        if (missing + drafts > 0) {
            return CompletionStage.DRAFT;
        }
        return submitted > 0 ? CompletionStage.SUBMITTED : CompletionStage.APPROVED;
    }

    /** The owner still has something to do: enter, submit or correct (nothing, once the project is locked). */
    public boolean isOpenForOwner() {
        return !locked && missing + drafts + returned > 0;
    }

    /** The due date has passed and the owner has not done their part. */
    public boolean isOverdue(LocalDate dueDate, LocalDate today) {
        return today.isAfter(dueDate) && isOpenForOwner();
    }
}
