package org.attain.earlier;

import java.math.BigDecimal;
import java.util.List;
import org.attain.assessment.Grade;
import org.attain.assessment.IndicatorScore;
import org.attain.assessment.SelfEvaluation;
import org.jspecify.annotations.Nullable;

/**
 * An earlier year's self-evaluation as the document states it beside Attain's own recomputation under the year's
 * profile ({@code attain}): per indicator the stated weight and score, Attain's weight, score and formula, and the
 * score Attain's rules give under the document's own weight — which tells a difference of weights from a difference
 * of scoring. A line differs when the stated score and Attain's differ by a cent or more.
 */
public record ScoreComparison(
        SelfEvaluation attain,
        String source,
        List<Line> lines,
        @Nullable BigDecimal statedBudgetWeight,
        @Nullable BigDecimal statedBudgetScore,
        @Nullable BigDecimal statedTotal,
        @Nullable String statedGrade) {

    static final BigDecimal CENT = new BigDecimal("0.01");

    public ScoreComparison {
        lines = List.copyOf(lines);
    }

    public record Line(
            long indicatorId,
            String name,
            String target,
            @Nullable String actual,
            @Nullable BigDecimal statedWeight,
            @Nullable BigDecimal statedScore,
            IndicatorScore attain,
            @Nullable IndicatorScore underStatedWeight) {

        public boolean differs() {
            return ScoreComparison.differs(statedScore, attain.score());
        }
    }

    public boolean budgetDiffers() {
        return differs(statedBudgetScore, attain.budgetScore().score());
    }

    public boolean totalDiffers() {
        return differs(statedTotal, attain.total());
    }

    public @Nullable Grade attainGrade() {
        return attain.grade();
    }

    /** How many lines (indicators, the budget, the total) differ. */
    public int differences() {
        return (int) lines.stream().filter(Line::differs).count()
                + (budgetDiffers() ? 1 : 0)
                + (totalDiffers() ? 1 : 0);
    }

    static boolean differs(@Nullable BigDecimal stated, BigDecimal attain) {
        return stated != null && stated.subtract(attain).abs().compareTo(CENT) >= 0;
    }
}
