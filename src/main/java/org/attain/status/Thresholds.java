package org.attain.status;

import java.math.BigDecimal;

/**
 * The light thresholds (no national standard; these are the common defaults, kept configurable).
 *
 * @param red     attainment below this is red (0.6)
 * @param yellow  attainment below this is yellow (0.8)
 * @param blue    attainment at or above this is blue (1.2): check the target was not set too low
 * @param overshoot an actual at or above this share of its target needs a reason (1.3)
 * @param budgetRed    execution ÷ time progress below this is red (0.6)
 * @param budgetYellow execution ÷ time progress below this is yellow (0.8)
 */
public record Thresholds(BigDecimal red, BigDecimal yellow, BigDecimal blue, BigDecimal overshoot,
        BigDecimal budgetRed, BigDecimal budgetYellow) {

    public static final Thresholds DEFAULT = new Thresholds(new BigDecimal("0.6"), new BigDecimal("0.8"),
            new BigDecimal("1.2"), new BigDecimal("1.3"), new BigDecimal("0.6"), new BigDecimal("0.8"));

    public Thresholds {
        if (red.compareTo(yellow) > 0 || yellow.compareTo(BigDecimal.ONE) > 0 || blue.compareTo(BigDecimal.ONE) < 0
                || budgetRed.compareTo(budgetYellow) > 0) {
            throw new IllegalArgumentException("Light thresholds must rise: red ≤ yellow ≤ 1 ≤ blue");
        }
    }

    Light forRatio(BigDecimal ratio) {
        if (ratio.compareTo(red) < 0) {
            return Light.RED;
        }
        if (ratio.compareTo(yellow) < 0) {
            return Light.YELLOW;
        }
        return ratio.compareTo(blue) < 0 ? Light.GREEN : Light.BLUE;
    }

    Light forBudget(BigDecimal ratio) {
        if (ratio.compareTo(budgetRed) < 0) {
            return Light.RED;
        }
        return ratio.compareTo(budgetYellow) < 0 ? Light.YELLOW : Light.GREEN;
    }
}
