package org.attain.targets;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A target as approved: the text exactly as written, and what it means. A quantitative target has a comparator,
 * a value and (usually) a unit; a qualitative one carries its expectation (及时, 提升, …) instead.
 *
 * @param text         the target as written in the document (as corrected, when a reading was corrected)
 * @param comparator   ≥ > ≤ < =; null for a qualitative target
 * @param value        the number; null for a qualitative target
 * @param unit         人, %, 万元, 元/人年 … as written; null when none
 * @param direction    what "better" means for this indicator
 * @param explicit     whether the comparator was written (false: inferred from the unit and subcategory)
 * @param warning      why the text was not read as written, as a message code of the bundles; null when it was
 * @param warningArgs  the arguments of the warning's message
 */
public record Target(
        String text,
        @Nullable Comparator comparator,
        @Nullable BigDecimal value,
        @Nullable String unit,
        Direction direction,
        boolean explicit,
        @Nullable String warning,
        List<Object> warningArgs) {

    /** The length of a unit the database keeps. */
    public static final int UNIT_MAX = 30;

    public Target {
        warningArgs = List.copyOf(warningArgs);
    }

    /** A target read without a warning. */
    public Target(
            String text,
            @Nullable Comparator comparator,
            @Nullable BigDecimal value,
            @Nullable String unit,
            Direction direction,
            boolean explicit,
            @Nullable String warning) {
        this(text, comparator, value, unit, direction, explicit, warning, List.of());
    }

    public boolean isQualitative() {
        return direction == Direction.QUALITATIVE;
    }

    public boolean isPercentage() {
        return "%".equals(unit);
    }

    /** The same target with another comparator, as chosen by the performance officer. */
    public Target withComparator(Comparator newComparator, boolean costIndicator) {
        Direction d = newComparator.lowerIsBetter() || costIndicator
                ? Direction.LOWER_IS_BETTER
                : newComparator == Comparator.EQ ? Direction.EQUAL : Direction.HIGHER_IS_BETTER;
        return new Target(text, newComparator, value, unit, d, true, null);
    }

    /** Normalised display form, e.g. "≥574人". */
    public String display() {
        if (isQualitative() || value == null || comparator == null) {
            return text;
        }
        return (explicit ? comparator.symbol() : "")
                + value.stripTrailingZeros().toPlainString()
                + (unit == null ? "" : unit);
    }
}
