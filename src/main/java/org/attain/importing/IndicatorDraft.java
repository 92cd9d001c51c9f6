package org.attain.importing;

import org.attain.indicator.GoalTable;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/** An indicator as read from a document, before it is stored. */
public record IndicatorDraft(
        GoalTable table,
        String category,
        String subcategory,
        String name,
        Target target,
        @Nullable String targetBasis,
        int line) {}
