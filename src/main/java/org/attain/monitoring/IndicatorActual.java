package org.attain.monitoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.attain.review.Review;
import org.attain.status.Checkpoint;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;
import org.attain.status.ReviewState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** What was reported for one annual indicator at one checkpoint. */
@Table("indicator_actual")
class IndicatorActual {

    @Id
    private Long id;

    private Long indicatorId;
    private int checkpointYear;
    private int checkpointMonth;
    private BigDecimal actualValue;
    private QualitativeLevel actualLevel;
    private String narrative;
    private BigDecimal forecastValue;
    private QualitativeLevel forecastLevel;
    private String reasons;
    private String reasonText;
    private Likelihood likelihood;
    private String correctiveAction;
    private String note;
    private Integer carriedFrom;
    private ReviewState reviewState = ReviewState.DRAFT;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewReason;

    @Version
    private Integer version;

    private Instant updatedAt;
    private String updatedBy;

    IndicatorActual() {}

    IndicatorActual(long indicatorId, Checkpoint at) {
        this.indicatorId = indicatorId;
        this.checkpointYear = at.year();
        this.checkpointMonth = at.month();
    }

    void apply(ActualInput in, String who) {
        actualValue = in.actual();
        actualLevel = in.actualLevel();
        narrative = in.narrative();
        forecastValue = in.forecast();
        forecastLevel = in.forecastLevel();
        reasons = in.reasons().isEmpty()
                ? null
                : in.reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        reasonText = in.reasonText();
        likelihood = in.likelihood();
        correctiveAction = in.correctiveAction();
        note = in.note();
        carriedFrom = null;
        reviewState = ReviewState.DRAFT;
        updatedAt = Instant.now();
        updatedBy = who;
    }

    /**
     * The insert of new values (never saved yet) as Spring Data JDBC writes them, many rows a statement ({@link
     * org.attain.base.RowInserts}): the columns, and one row's {@link #VALUES} bound by {@link #insertValues()}, the
     * version starting at 0.
     */
    static final String INSERT_INTO = "INSERT INTO indicator_actual (indicator_id, checkpoint_year, checkpoint_month,"
            + " actual_value, actual_level, narrative, forecast_value, forecast_level, reasons, reason_text, likelihood,"
            + " corrective_action, note, carried_from, review_state, submitted_by, submitted_at, reviewed_by,"
            + " reviewed_at, review_reason, version, updated_at, updated_by)";

    static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

    Object[] insertValues() {
        return new Object[] {
            indicatorId,
            checkpointYear,
            checkpointMonth,
            actualValue,
            name(actualLevel),
            narrative,
            forecastValue,
            name(forecastLevel),
            reasons,
            reasonText,
            name(likelihood),
            correctiveAction,
            note,
            carriedFrom,
            name(reviewState),
            submittedBy,
            time(submittedAt),
            reviewedBy,
            time(reviewedAt),
            reviewReason,
            time(updatedAt),
            updatedBy
        };
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Timestamp time(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    /** The review of these values; a value returned and changed since keeps the return's reason until resubmitted. */
    Review review() {
        return new Review(reviewState, submittedBy, submittedAt, reviewedBy, reviewedAt, reviewReason);
    }

    ActualInput toInput() {
        return new ActualInput(
                indicatorId,
                version,
                actualValue,
                actualLevel,
                narrative,
                forecastValue,
                forecastLevel,
                reasonSet(),
                reasonText,
                likelihood,
                correctiveAction,
                note);
    }

    Set<DeviationReason> reasonSet() {
        if (reasons == null || reasons.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(reasons.split(","))
                .map(DeviationReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeviationReason.class)));
    }

    /** The month of the round this value was carried forward from (沿用上期); null once someone saved it. */
    Integer getCarriedFrom() {
        return carriedFrom;
    }

    Checkpoint checkpoint() {
        return new Checkpoint(checkpointYear, checkpointMonth);
    }

    Long getId() {
        return id;
    }

    Long getIndicatorId() {
        return indicatorId;
    }

    Integer getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
