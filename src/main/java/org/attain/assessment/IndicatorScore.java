package org.attain.assessment;

import java.math.BigDecimal;

/**
 * An indicator's (or the budget's) weight and score, with the formula an auditor can follow ("5 × 560 / 574 = 4.88";
 * numbers and operators only, so that it reads the same in every language). {@code scored} is false when nothing was
 * reported to score: the score is then 0 and the formula empty, and the reader is told why in words.
 */
public record IndicatorScore(BigDecimal weight, BigDecimal score, String formula, boolean defaulted, boolean scored) {

    static IndicatorScore notReported(BigDecimal weight) {
        return new IndicatorScore(weight, BigDecimal.ZERO.setScale(2), "", false, false);
    }
}
