package org.attain.monitoring;

import java.math.BigDecimal;
import java.util.Set;
import org.attain.status.DeviationReason;
import org.attain.status.IndicatorStatus;
import org.attain.status.Likelihood;
import org.attain.status.ProgressProfile;
import org.attain.status.Reading;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/**
 * An annual indicator at a checkpoint with what was reported and its status, as the dashboard shows it.
 *
 * @param carriedFrom the month of the round its value was carried from (沿用上期), null when entered for this one
 */
public record IndicatorRow(long projectId, String projectName, long indicatorId, String category, String subcategory,
        String name, Target target, ProgressProfile profile, Reading reading, Set<DeviationReason> reasons,
        @Nullable String reasonText, @Nullable String correctiveAction, @Nullable String note,
        IndicatorStatus status, @Nullable Integer carriedFrom) {

    public boolean isCarried() {
        return carriedFrom != null;
    }

    public @Nullable Likelihood likelihood() {
        return reading.likelihood();
    }

    public @Nullable BigDecimal actual() {
        return reading.actual();
    }

    /** Reasons as one text: the chosen causes and the free text. */
    public String reasonSummary(boolean english) {
        String list = String.join(english ? ", " : "、", reasons.stream().sorted().map(r -> r.label(english)).toList());
        String text = reasonText == null ? "" : reasonText.strip();
        return list.isEmpty() ? text : text.isEmpty() ? list : list + (english ? ": " : "：") + text;
    }
}
