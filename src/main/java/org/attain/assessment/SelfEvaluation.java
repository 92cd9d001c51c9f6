package org.attain.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The self-evaluation of a project (绩效自评表): the funds block, every annual indicator with weight, score and
 * formula, the total and the grade. With {@link Basis#FORECAST} it is the projection at a checkpoint.
 */
public record SelfEvaluation(long projectId, String projectName, Checkpoint checkpoint, Basis basis, Weights weights,
        BigDecimal initialBudget, BigDecimal annualBudget, @Nullable BigDecimal executed, IndicatorScore budgetScore,
        List<ScoreRow> rows) {

    public BigDecimal total() {
        return rows.stream().map(r -> r.score().score()).reduce(budgetScore.score(), BigDecimal::add);
    }

    public Grade grade() {
        return Grade.of(total());
    }

    public @Nullable BigDecimal executionRate() {
        return executed == null || annualBudget.signum() == 0 ? null
                : executed.divide(annualBudget, 4, java.math.RoundingMode.HALF_UP);
    }

    public boolean hasDefaults() {
        return rows.stream().anyMatch(r -> r.score().defaulted());
    }
}
