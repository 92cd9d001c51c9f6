package org.attain.warning;

import java.math.BigDecimal;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * A warning of a project at a checkpoint, with its figures as shares of the year: the execution rate and, for a gap,
 * the target attainment; {@code limit} is the floor (execution) or the largest gap allowed (points as a share).
 */
public record Warning(
        long projectId,
        WarningKind kind,
        Checkpoint checkpoint,
        BigDecimal execution,
        @Nullable BigDecimal attainment,
        BigDecimal limit) {}
