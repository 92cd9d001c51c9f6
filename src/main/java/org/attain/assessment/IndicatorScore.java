package org.attain.assessment;

import java.math.BigDecimal;

/** An indicator's weight and score, with the formula an auditor can follow ("5 × 560 / 574 = 4.88"). */
public record IndicatorScore(BigDecimal weight, BigDecimal score, String formula, boolean defaulted) {
}
