package org.attain.targets;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A target as approved: the text exactly as written, and what it means. A quantitative target has a comparator,
 * a value and (usually) a unit; a qualitative one carries its expectation (及时, 提升, …) instead.
 *
 * @param text         the target as written in the document
 * @param comparator   ≥ > ≤ < =; null for a qualitative target
 * @param value        the number; null for a qualitative target
 * @param unit         人, %, 万元, 元/人年 … as written; null when none
 * @param direction    what "better" means for this indicator
 * @param explicit     whether the comparator was written (false: inferred from the unit and subcategory)
 * @param warning      why the text could not be read as a known form; null when it could
 */
public record Target(String text, @Nullable Comparator comparator, @Nullable BigDecimal value, @Nullable String unit,
        Direction direction, boolean explicit, @Nullable String warning) {

    public boolean isQualitative() {
        return direction == Direction.QUALITATIVE;
    }

    public boolean isPercentage() {
        return "%".equals(unit);
    }

    /** The same target with another comparator, as chosen by the performance officer. */
    public Target withComparator(Comparator newComparator, boolean costIndicator) {
        Direction d = newComparator.lowerIsBetter() || costIndicator ? Direction.LOWER_IS_BETTER
                : newComparator == Comparator.EQ ? Direction.EQUAL : Direction.HIGHER_IS_BETTER;
        return new Target(text, newComparator, value, unit, d, true, null);
    }

    /** Normalised display form, e.g. "≥574人". */
    public String display() {
        if (isQualitative() || value == null || comparator == null) {
            return text;
        }
        return (explicit ? comparator.symbol() : "") + value.stripTrailingZeros().toPlainString() + (unit == null ? "" : unit);
    }
}
