package org.attain.status;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The light thresholds (no national standard; these are the common defaults, kept configurable).
 *
 * @param red          before an indicator is due, attainment of what is expected by now below this is red (0.6)
 * @param yellow       before it is due, attainment below this is yellow (0.8); from there to {@code blue} green
 * @param blue         before it is due, attainment at or above this is blue (1.2): check the target was not set too low
 * @param overshoot    an actual at or above this share of its target needs a reason (1.3); once due, a met target
 *                     this far above is blue
 * @param budgetRed    execution ÷ time progress below this is red (0.6)
 * @param budgetYellow execution ÷ time progress below this is yellow (0.8)
 * @param closeMiss    once due, a missed target with attainment at or above this is yellow instead of red; null
 *                     (the default) when every miss is red
 */
public record Thresholds(
        BigDecimal red,
        BigDecimal yellow,
        BigDecimal blue,
        BigDecimal overshoot,
        BigDecimal budgetRed,
        BigDecimal budgetYellow,
        @Nullable BigDecimal closeMiss) {

    public static final Thresholds DEFAULT = new Thresholds(
            new BigDecimal("0.6"),
            new BigDecimal("0.8"),
            new BigDecimal("1.2"),
            new BigDecimal("1.3"),
            new BigDecimal("0.6"),
            new BigDecimal("0.8"),
            null);

    public Thresholds {
        if (red.compareTo(yellow) > 0
                || yellow.compareTo(BigDecimal.ONE) > 0
                || blue.compareTo(BigDecimal.ONE) < 0
                || budgetRed.compareTo(budgetYellow) > 0
                || overshoot.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("Light thresholds must rise: red ≤ yellow ≤ 1 ≤ blue, 1 ≤ overshoot");
        }
        if (closeMiss != null && (closeMiss.signum() <= 0 || closeMiss.compareTo(BigDecimal.ONE) >= 0)) {
            throw new IllegalArgumentException("The close-miss band starts between 0 and 1, e.g. 0.95");
        }
    }

    /** Before an indicator is due: the light of its attainment of what is expected by now. */
    Light forRatio(BigDecimal ratio) {
        if (ratio.compareTo(red) < 0) {
            return Light.RED;
        }
        if (ratio.compareTo(yellow) < 0) {
            return Light.YELLOW;
        }
        return ratio.compareTo(blue) < 0 ? Light.GREEN : Light.BLUE;
    }

    /** Once due and missed: red, or yellow within the close-miss band when one is configured. */
    Light forMiss(BigDecimal ratio) {
        return closeMiss != null && ratio.compareTo(closeMiss) >= 0 ? Light.YELLOW : Light.RED;
    }

    Light forBudget(BigDecimal ratio) {
        if (ratio.compareTo(budgetRed) < 0) {
            return Light.RED;
        }
        return ratio.compareTo(budgetYellow) < 0 ? Light.YELLOW : Light.GREEN;
    }
}
