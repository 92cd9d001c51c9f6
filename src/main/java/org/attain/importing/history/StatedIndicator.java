package org.attain.importing.history;

import java.math.BigDecimal;
import org.attain.importing.IndicatorDraft;
import org.attain.status.QualitativeLevel;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of an earlier year's table with what the document states beside its target: the actual as written
 * and as read (a number in the target's unit, or a level for a qualitative target), the forecast of a monitoring
 * table, the weight (分值) and score (得分), and the reasons and corrective actions as one text.
 */
public record StatedIndicator(
        IndicatorDraft indicator,
        @Nullable String actual,
        @Nullable BigDecimal actualValue,
        @Nullable QualitativeLevel actualLevel,
        @Nullable String forecast,
        @Nullable BigDecimal forecastValue,
        @Nullable BigDecimal weight,
        @Nullable BigDecimal score,
        @Nullable String reasons) {

    /** Whether the document states anything at all for the indicator. */
    public boolean statesAnything() {
        return actual != null || forecast != null || weight != null || score != null || reasons != null;
    }
}
