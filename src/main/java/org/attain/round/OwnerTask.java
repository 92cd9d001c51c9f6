package org.attain.round;

import java.time.LocalDate;
import org.attain.status.Checkpoint;

/**
 * What a project owner still has to do in a round: indicators without a value, values carried from the previous
 * round (沿用上期) not yet confirmed, and whether the budget figures are missing.
 */
public record OwnerTask(long projectId, String projectName, Checkpoint checkpoint, LocalDate dueDate, int missing,
        int carried, boolean budgetMissing) {

    public boolean isDone() {
        return missing == 0 && !budgetMissing;
    }
}
