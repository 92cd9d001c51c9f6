package org.attain.status;

import java.util.List;
import org.attain.targets.Direction;
import org.attain.targets.Target;

/**
 * Guesses how an indicator progresses through the year from its unit and wording and its project's texts, and says
 * why; the performance officer sees the reason and can change the profile. Percentages and standards are rates,
 * satisfaction is surveyed at year end, Spring Festival work is due by the eve of that year's 春节, counts and amounts
 * accumulate over the year.
 */
public final class ProfileInference {

    /** Words that tie a count to the Spring Festival (春暖 is the name of the union's Spring Festival campaign). */
    private static final List<String> SPRING_FESTIVAL_WORDS = List.of("春节", "过年", "春暖", "除夕", "年关");

    /**
     * A profile and the reason for it, as a message key (under {@code profile.reason.}) with its argument: the word
     * that decided it.
     */
    public record Inference(ProgressProfile profile, String reason, String argument) {}

    private ProfileInference() {}

    public static ProgressProfile infer(String name, String subcategory, Target target) {
        return explain(name, subcategory, target, "").profile();
    }

    /**
     * @param projectText the project's name, 立项依据 and goal texts (empty when unknown)
     */
    public static Inference explain(String name, String subcategory, Target target, String projectText) {
        String springWord = firstWord(name);
        if (springWord != null && target.direction() != Direction.LOWER_IS_BETTER && !target.isPercentage()) {
            return new Inference(ProgressProfile.SPRING_FESTIVAL, "springFestivalIndicator", springWord);
        }
        if (target.isQualitative()) {
            return new Inference(ProgressProfile.LINEAR, "qualitative", target.text());
        }
        if (name.contains("满意度") || subcategory.contains("满意度")) {
            return new Inference(ProgressProfile.YEAR_END, "satisfaction", "满意度");
        }
        if (target.isPercentage()) {
            return new Inference(ProgressProfile.RATE, "percentage", "%");
        }
        String unit = target.unit() == null ? "" : target.unit();
        if (unit.startsWith("元/") || unit.contains("/人")) {
            return new Inference(ProgressProfile.RATE, "standard", unit);
        }
        String projectWord = firstWord(projectText);
        if (projectWord != null && target.direction() != Direction.LOWER_IS_BETTER && Units.isCount(unit)) {
            return new Inference(ProgressProfile.SPRING_FESTIVAL, "springFestivalProject", projectWord);
        }
        return new Inference(ProgressProfile.LINEAR, "cumulative", unit);
    }

    private static String firstWord(String text) {
        for (String word : SPRING_FESTIVAL_WORDS) {
            if (text.contains(word)) {
                return word;
            }
        }
        return null;
    }
}
