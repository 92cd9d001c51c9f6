package org.attain.round;

import java.time.Instant;
import java.time.LocalDate;
import org.attain.status.Checkpoint;

/** A reporting round (监控轮次): a checkpoint the officer opened for entry, with the date it is due. */
public record ReportingRound(Checkpoint checkpoint, LocalDate dueDate, String openedBy, Instant openedAt) {

    /** Whether the due date has passed on {@code today}: an unreported value is then overdue (逾期未填报). */
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(dueDate);
    }
}
