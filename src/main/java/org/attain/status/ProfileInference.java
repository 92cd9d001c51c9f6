package org.attain.status;

import org.attain.targets.Direction;
import org.attain.targets.Target;

/**
 * Guesses how an indicator progresses through the year from its unit and wording; the performance officer can
 * change it. Percentages and standards are rates, satisfaction is surveyed at year end, Spring Festival work is due
 * by the end of February, counts and amounts accumulate linearly.
 */
public final class ProfileInference {

    private ProfileInference() {
    }

    public static ProgressProfile infer(String name, String subcategory, Target target) {
        if (target.isQualitative()) {
            return ProgressProfile.LINEAR;
        }
        if (name.contains("满意度") || subcategory.contains("满意度")) {
            return ProgressProfile.YEAR_END;
        }
        if (target.isPercentage()) {
            return ProgressProfile.RATE;
        }
        String unit = target.unit() == null ? "" : target.unit();
        if (unit.startsWith("元/") || unit.contains("/人")) {
            return ProgressProfile.RATE;
        }
        if (name.contains("春节") && target.direction() != Direction.LOWER_IS_BETTER) {
            return ProgressProfile.byDate(2);
        }
        return ProgressProfile.LINEAR;
    }
}
