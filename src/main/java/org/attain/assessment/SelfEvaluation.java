package org.attain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The self-evaluation of a project (绩效自评表): the funds block, every annual indicator with weight, score and
 * formula, the total and the grade.
 * <p>
 * At 1-12月 it is the final score ({@link Basis#ACTUAL}): what was not reported scores 0. Before year end it is the
 * projected score ({@link Basis#FORECAST}) at {@link #checkpoint()}: each indicator scored from its full-year forecast,
 * else its actual; an indicator with neither is not scored at all — it is not due yet, and scoring it 0 would grade a
 * project 差 for the calendar. The projected total is then scaled to the weight a final score could reach
 * (points ÷ scored weight × possible weight, the usual 按比例折算), so that it reads on the same 100-point scale as the
 * final score and its grade means the same; {@link #unscored()} says how many lines were left out and
 * {@link #points()} what the scored lines earned. Weights, qualitative bands and grading follow the year's
 * {@link ScoringProfile}.
 */
public record SelfEvaluation(
        long projectId,
        String projectName,
        Checkpoint checkpoint,
        Basis basis,
        Weights weights,
        BigDecimal initialBudget,
        BigDecimal annualBudget,
        @Nullable BigDecimal executed,
        @Nullable Basis budgetSource,
        IndicatorScore budgetScore,
        List<ScoreRow> rows,
        ScoringProfile profile) {

    public boolean isProjection() {
        return basis == Basis.FORECAST;
    }

    /** The points earned by the scored lines, unscaled. */
    public BigDecimal points() {
        return rows.stream().map(r -> r.score().score()).reduce(budgetScore.score(), BigDecimal::add);
    }

    /** The weight of every line: what a final score could reach (100 unless a category has no indicator). */
    public BigDecimal possibleWeight() {
        return rows.stream().map(r -> r.score().weight()).reduce(budgetScore.weight(), BigDecimal::add);
    }

    /** The weight of the lines that were scored. */
    public BigDecimal scoredWeight() {
        BigDecimal budget = budgetScore.scored() ? budgetScore.weight() : BigDecimal.ZERO;
        return rows.stream()
                .filter(r -> r.score().scored())
                .map(r -> r.score().weight())
                .reduce(budget, BigDecimal::add);
    }

    /** Lines (indicators and the budget) with nothing reported to score. */
    public int unscored() {
        return (int) rows.stream().filter(r -> !r.score().scored()).count() + (budgetScore.scored() ? 0 : 1);
    }

    /** Whether the projected total was scaled up over the scored weight because some lines were not scored. */
    public boolean isScaled() {
        return isProjection() && scoredWeight().signum() > 0 && scoredWeight().compareTo(possibleWeight()) < 0;
    }

    /** False only for a projection with nothing at all to score: then there is no total and no grade to show. */
    public boolean hasScore() {
        return !isProjection() || scoredWeight().signum() > 0;
    }

    /** The total shown and graded: the points, or for a projection with unscored lines the points scaled (折算). */
    public BigDecimal total() {
        if (!isScaled()) {
            return points().setScale(2, RoundingMode.HALF_UP);
        }
        return points().multiply(possibleWeight()).divide(scoredWeight(), 2, RoundingMode.HALF_UP);
    }

    /** Whether the profile grades the total (优 / 良 / 中 / 差); the provincial one does not. */
    public boolean isGraded() {
        return profile.isGraded();
    }

    /** The grade of the total under the profile, or null where grading does not apply. */
    public @Nullable Grade grade() {
        return profile.grade(total());
    }

    public @Nullable BigDecimal executionRate() {
        return executed == null || annualBudget.signum() == 0
                ? null
                : executed.divide(annualBudget, 4, RoundingMode.HALF_UP);
    }

    public boolean hasDefaults() {
        return rows.stream().anyMatch(r -> r.score().defaulted());
    }
}
