package org.attain.earlier;

import java.math.BigDecimal;
import org.attain.status.Checkpoint;
import org.attain.status.QualitativeLevel;
import org.jspecify.annotations.Nullable;

/**
 * The value of the same indicator (same name, same project name within the department) at the same checkpoint last
 * year: the number or level in force, the text as written where it was not read as either, the target of that year.
 */
public record LastYearValue(
        long indicatorId,
        Checkpoint checkpoint,
        @Nullable BigDecimal value,
        @Nullable String unit,
        @Nullable QualitativeLevel level,
        @Nullable String written,
        String target) {}
