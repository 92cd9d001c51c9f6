package org.attain.monitoring;

import java.util.List;
import org.attain.project.Project;
import org.attain.review.Review;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * Everything the entry form of a project and checkpoint shows: indicators with their stored values, and the budget
 * with its review (null: no budget figures stored yet).
 */
public record EntrySheet(
        Project project,
        Checkpoint checkpoint,
        List<EntryRow> rows,
        BudgetInput budget,
        @Nullable Review budgetReview) {

    public EntrySheet(Project project, Checkpoint checkpoint, List<EntryRow> rows, BudgetInput budget) {
        this(project, checkpoint, rows, budget, null);
    }

    public boolean isBudgetEditable() {
        return budgetReview == null || budgetReview.state().isEditable();
    }
}
