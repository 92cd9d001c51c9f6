package org.attain.importing.history;

import java.util.List;
import org.attain.importing.ProjectDraft;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * A project of an earlier year's table: its approved targets (the draft, as the target import read them), the
 * checkpoint the document speaks of (year end for a 自评表, 1-X月 for a 监控表), the funds block, every annual indicator
 * with what is stated beside it, and the total score (with the total weight it is out of) and grade the document
 * states, if it does.
 */
public record StatedProject(
        ProjectDraft draft,
        HistoryKind kind,
        Checkpoint checkpoint,
        StatedBudget budget,
        List<StatedIndicator> indicators,
        @Nullable StatedTotal total) {

    public StatedProject {
        indicators = List.copyOf(indicators);
    }
}
