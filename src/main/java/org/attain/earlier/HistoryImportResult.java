package org.attain.earlier;

import java.util.List;
import org.attain.status.Checkpoint;

/** What a history import stored: per project its id, the checkpoint, how many indicators got values, and whether it replaced an earlier import of the same document. */
public record HistoryImportResult(List<Stored> projects) {

    public HistoryImportResult {
        projects = List.copyOf(projects);
    }

    public record Stored(long projectId, String name, Checkpoint checkpoint, int indicators, boolean replaced) {}
}
