package org.attain.indicator;

import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/** An indicator as an approval states it, ready to be stored or compared with what is stored. */
public record IndicatorSpec(
        GoalTable table,
        String category,
        String subcategory,
        String name,
        Target target,
        @Nullable String targetBasis) {}
