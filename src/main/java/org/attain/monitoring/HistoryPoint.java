package org.attain.monitoring;

import java.time.Instant;
import org.attain.status.Checkpoint;
import org.attain.status.ReviewState;

/** What was reported for an indicator at one checkpoint, by whom, and where it stands in review. */
public record HistoryPoint(
        Checkpoint checkpoint, ActualInput values, String updatedBy, Instant updatedAt, ReviewState review) {}
