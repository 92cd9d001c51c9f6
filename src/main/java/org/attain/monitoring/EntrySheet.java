package org.attain.monitoring;

import java.util.List;
import org.attain.project.Project;
import org.attain.status.Checkpoint;

/** Everything the entry form of a project and checkpoint shows: indicators with their stored values, and the budget. */
public record EntrySheet(Project project, Checkpoint checkpoint, List<EntryRow> rows, BudgetInput budget) {
}
