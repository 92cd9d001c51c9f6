package org.attain.round;

import java.time.LocalDate;
import org.attain.status.Checkpoint;

/**
 * What a project owner still has to do in a round: indicators without a value, values carried from the previous
 * round (沿用上期) not yet confirmed, whether the budget figures are missing, drafts not yet submitted for review and
 * values the officer returned (budget line included).
 */
public record OwnerTask(
        long projectId,
        String projectName,
        Checkpoint checkpoint,
        LocalDate dueDate,
        int missing,
        int carried,
        boolean budgetMissing,
        int drafts,
        int returned) {

    public OwnerTask(
            long projectId,
            String projectName,
            Checkpoint checkpoint,
            LocalDate dueDate,
            int missing,
            int carried,
            boolean budgetMissing) {
        this(projectId, projectName, checkpoint, dueDate, missing, carried, budgetMissing, 0, 0);
    }

    /** Everything entered and submitted (or already reviewed). */
    public boolean isDone() {
        return missing == 0 && !budgetMissing && drafts == 0 && returned == 0;
    }
}
