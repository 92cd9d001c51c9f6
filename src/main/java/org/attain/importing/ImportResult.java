package org.attain.importing;

import java.util.List;
import org.attain.indicator.TargetSync;

/** What an import stored: per project its id and what changed among its indicators. */
public record ImportResult(List<Stored> projects) {

    public record Stored(long projectId, String name, TargetSync sync) {}

    public int revisedTargets() {
        return projects.stream().mapToInt(p -> p.sync().revised()).sum();
    }
}
