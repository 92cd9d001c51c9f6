package org.attain.assessment;

import org.jspecify.annotations.Nullable;

/** One indicator line of the self-evaluation table. */
public record ScoreRow(long indicatorId, String category, String subcategory, String name, String target,
        String actual, IndicatorScore score, String reasonsAndActions, boolean qualitative,
        @Nullable String level) {
}
