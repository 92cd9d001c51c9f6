package org.attain.portfolio;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.status.Deviation;
import org.attain.status.DeviationReason;
import org.attain.status.IndicatorStatus;
import org.attain.status.Likelihood;
import org.attain.status.ProgressProfile;
import org.attain.status.Reading;
import org.attain.status.ReviewState;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/**
 * An annual indicator at a checkpoint with what was reported and its status, as the dashboard shows it.
 *
 * @param carriedFrom the month of the round its value was carried from (沿用上期), null when entered for this one
 * @param review      the review state of the values shown: approved, or for their owner and the officer a draft,
 *                    submitted or returned value (marked as such); null when no value is shown
 * @param original    the approved target when an adjustment changed it by this checkpoint ({@code target} is then the
 *                    adjusted one in force); null otherwise
 */
public record IndicatorRow(
        long projectId,
        String projectName,
        long indicatorId,
        String category,
        String subcategory,
        String name,
        Target target,
        ProgressProfile profile,
        Reading reading,
        Set<DeviationReason> reasons,
        @Nullable String reasonText,
        @Nullable String correctiveAction,
        @Nullable String note,
        IndicatorStatus status,
        @Nullable Integer carriedFrom,
        @Nullable ReviewState review,
        @Nullable Target original) {

    /** The target as the official tables print it: an adjusted one marked, with the original beside it. */
    public String targetText(Locale locale) {
        return original == null
                ? target.text()
                : MessagesI18NProvider.Messages.get("adjustment.mark", locale, target.text(), original.text());
    }

    /** The values shown are not (yet) approved: a draft, submitted or returned value its owner or the officer sees. */
    public boolean isUnapproved() {
        return review != null && review != ReviewState.APPROVED && review != ReviewState.WAIVED;
    }

    public boolean isCarried() {
        return carriedFrom != null;
    }

    public @Nullable Likelihood likelihood() {
        return reading.likelihood();
    }

    public @Nullable BigDecimal actual() {
        return reading.actual();
    }

    /** Reasons, likelihood and corrective action as one value. */
    public Deviation deviation() {
        return new Deviation(reasons, reasonText, likelihood(), correctiveAction);
    }
}
