package org.attain.assessment;

import java.math.BigDecimal;
import org.attain.i18n.Message;
import org.attain.status.QualitativeLevel;
import org.jspecify.annotations.Nullable;

/**
 * One indicator line of the self-evaluation table: the value scored (a number in the target's unit or a qualitative
 * level) and where it came from — the full-year forecast or the actual — or neither when nothing was reported.
 */
public record ScoreRow(
        long indicatorId,
        String category,
        String subcategory,
        String name,
        String target,
        @Nullable BigDecimal value,
        @Nullable String unit,
        @Nullable QualitativeLevel level,
        @Nullable Basis source,
        IndicatorScore score,
        Message reasonsAndActions,
        boolean qualitative) {

    public boolean isReported() {
        return source != null;
    }
}
