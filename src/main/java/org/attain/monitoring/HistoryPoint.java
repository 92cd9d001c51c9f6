package org.attain.monitoring;

import java.time.Instant;
import org.attain.status.Checkpoint;

/** What was reported for an indicator at one checkpoint, and by whom. */
public record HistoryPoint(Checkpoint checkpoint, ActualInput values, String updatedBy, Instant updatedAt) {
}
