package org.attain.monitoring;

import java.time.Instant;
import org.attain.indicator.Indicator;
import org.jspecify.annotations.Nullable;

/** One indicator on the entry form: the indicator, what is stored for the checkpoint, and who stored it when. */
public record EntryRow(Indicator indicator, ActualInput stored, @Nullable String updatedBy, @Nullable Instant updatedAt) {
}
