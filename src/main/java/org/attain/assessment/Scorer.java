package org.attain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.attain.status.QualitativeLevel;
import org.attain.targets.Direction;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/**
 * Scores indicators and the budget for the year-end self-evaluation (财预〔2020〕10号). Pure Java; a score never
 * exceeds its weight.
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LowerIsBetterRule lowerRule;
    private final QualitativeBands bands;

    /** A scorer with the national qualitative bands. */
    public Scorer(LowerIsBetterRule lowerRule) {
        this(lowerRule, ScoringProfile.NATIONAL.bands());
    }

    public Scorer(LowerIsBetterRule lowerRule, QualitativeBands bands) {
        this.lowerRule = lowerRule;
        this.bands = bands;
    }

    /**
     * @param actual           the value reached (or forecast), in the target's unit; null when not reported
     * @param level            the level of a qualitative indicator
     * @param chosenFraction   for a qualitative indicator, the share of the weight the evaluator chose (within the
     *                         level's band); null for the band's default (nationally 100 / 70 / 30 %)
     */
    public IndicatorScore score(
            Target target,
            BigDecimal weight,
            @Nullable BigDecimal actual,
            @Nullable QualitativeLevel level,
            @Nullable BigDecimal chosenFraction) {
        if (target.isQualitative()) {
            return qualitative(weight, level, chosenFraction);
        }
        if (actual == null) {
            return IndicatorScore.notReported(weight);
        }
        BigDecimal value = target.value();
        String w = plain(weight);
        if (target.direction() == Direction.LOWER_IS_BETTER) {
            if (actual.compareTo(value) <= 0 || actual.signum() <= 0) {
                return new IndicatorScore(weight, weight, w + " × 1 = " + plain(weight), false, true);
            }
            if (lowerRule == LowerIsBetterRule.RATIO) {
                BigDecimal s = capped(weight, weight.multiply(value).divide(actual, 6, RoundingMode.HALF_UP));
                return new IndicatorScore(
                        weight, s, w + " × " + plain(value) + " / " + plain(actual) + " = " + plain(s), false, true);
            }
            BigDecimal twice = value.multiply(BigDecimal.TWO);
            BigDecimal s = actual.compareTo(twice) >= 0
                    ? zero()
                    : capped(weight, weight.multiply(twice.subtract(actual)).divide(value, 6, RoundingMode.HALF_UP));
            return new IndicatorScore(
                    weight,
                    s,
                    w + " × (2 × " + plain(value) + " − " + plain(actual) + ") / " + plain(value) + " = " + plain(s),
                    false,
                    true);
        }
        if (value.signum() == 0) {
            return new IndicatorScore(weight, weight, w + " × 1 = " + plain(weight), false, true);
        }
        if (actual.compareTo(value) >= 0) {
            // capped at the weight, written without words so that it reads in any language: 12.5 × 1 (92 / 90 ≥ 1)
            return new IndicatorScore(
                    weight,
                    weight,
                    w + " × 1 (" + plain(actual) + " / " + plain(value) + " ≥ 1) = " + plain(weight),
                    false,
                    true);
        }
        BigDecimal s = capped(weight, weight.multiply(actual).divide(value, 6, RoundingMode.HALF_UP));
        return new IndicatorScore(
                weight, s, w + " × " + plain(actual) + " / " + plain(value) + " = " + plain(s), false, true);
    }

    /** Budget score = weight × execution rate, capped at the weight. */
    public IndicatorScore budget(BigDecimal weight, @Nullable BigDecimal budget, @Nullable BigDecimal executed) {
        if (budget == null || budget.signum() <= 0 || executed == null) {
            return IndicatorScore.notReported(weight);
        }
        BigDecimal rate = executed.divide(budget, 6, RoundingMode.HALF_UP);
        BigDecimal s = capped(weight, weight.multiply(rate.min(BigDecimal.ONE)));
        String pct = rate.multiply(HUNDRED)
                        .setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString() + "%";
        return new IndicatorScore(
                weight,
                s,
                plain(weight) + " × " + (rate.compareTo(BigDecimal.ONE) > 0 ? "1 (" + pct + " ≥ 100%)" : pct) + " = "
                        + plain(s),
                false,
                true);
    }

    private IndicatorScore qualitative(
            BigDecimal weight, @Nullable QualitativeLevel level, @Nullable BigDecimal chosen) {
        if (level == null) {
            return IndicatorScore.notReported(weight);
        }
        boolean defaulted = chosen == null;
        Band band = bands.of(level);
        BigDecimal fraction = defaulted ? band.fallback() : chosen;
        if (!band.contains(fraction)) {
            throw new ScoringException("self.error.shareOutsideBand", level, pct(band.min()), pct(band.max()));
        }
        BigDecimal s = capped(weight, weight.multiply(fraction));
        return new IndicatorScore(weight, s, plain(weight) + " × " + pct(fraction) + " = " + plain(s), defaulted, true);
    }

    private static String pct(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * A score rounded to cents, never above its weight: a weight of 50 ÷ 16 = 3.125 at full marks scores 3.125 (shown
     * as 3.13), so that sixteen full marks add up to 50, not 50.08.
     */
    private static BigDecimal capped(BigDecimal weight, BigDecimal raw) {
        BigDecimal s = raw.setScale(2, RoundingMode.HALF_UP);
        return s.compareTo(weight) > 0 ? weight : s;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    static String plain(BigDecimal v) {
        return (v.scale() > 2 ? v.setScale(2, RoundingMode.HALF_UP) : v)
                .stripTrailingZeros()
                .toPlainString();
    }
}
