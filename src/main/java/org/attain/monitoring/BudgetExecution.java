package org.attain.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.attain.review.Review;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.Likelihood;
import org.attain.status.ReviewState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Budget execution of a project at a checkpoint (万元). */
@Table("budget_execution")
class BudgetExecution {

    @Id
    private Long id;

    private Long projectId;
    private int checkpointYear;
    private int checkpointMonth;
    private BigDecimal adjustedBudget;
    private String adjustmentReason;
    private BigDecimal executed;
    private BigDecimal forecast;
    private String reasons;
    private String reasonText;
    private Likelihood likelihood;
    private String correctiveAction;
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

    BudgetExecution() {}

    BudgetExecution(long projectId, Checkpoint at) {
        this.projectId = projectId;
        this.checkpointYear = at.year();
        this.checkpointMonth = at.month();
    }

    void apply(BudgetInput in, String who) {
        adjustedBudget = in.adjustedBudget();
        adjustmentReason = in.adjustmentReason();
        executed = in.executed();
        forecast = in.forecast();
        reasons = in.deviation().encodedReasons();
        reasonText = in.deviation().reasonText();
        likelihood = in.deviation().likelihood();
        correctiveAction = in.deviation().correctiveAction();
        carriedFrom = null;
        reviewState = ReviewState.DRAFT;
        updatedAt = Instant.now();
        updatedBy = who;
    }

    /** The review of these values; a value returned and changed since keeps the return's reason until resubmitted. */
    Review review() {
        return new Review(reviewState, submittedBy, submittedAt, reviewedBy, reviewedAt, reviewReason);
    }

    BudgetInput toInput() {
        return new BudgetInput(
                version,
                adjustedBudget,
                adjustmentReason,
                executed,
                forecast,
                new Deviation(Deviation.decodeReasons(reasons), reasonText, likelihood, correctiveAction));
    }

    /** The month of the round these figures were carried forward from (沿用上期); null once saved. */
    Integer getCarriedFrom() {
        return carriedFrom;
    }

    Long getId() {
        return id;
    }

    Long getProjectId() {
        return projectId;
    }

    Integer getVersion() {
        return version;
    }
}
