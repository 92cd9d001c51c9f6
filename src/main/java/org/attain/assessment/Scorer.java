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

    public Scorer(LowerIsBetterRule lowerRule) {
        this.lowerRule = lowerRule;
    }

    /**
     * @param actual           the value reached (or forecast), in the target's unit; null when not reported
     * @param level            the level of a qualitative indicator
     * @param chosenFraction   for a qualitative indicator, the share of the weight the evaluator chose (within the
     *                         level's band); null for the default 100 / 70 / 30 %
     */
    public IndicatorScore score(Target target, BigDecimal weight, @Nullable BigDecimal actual,
            @Nullable QualitativeLevel level, @Nullable BigDecimal chosenFraction) {
        if (target.isQualitative()) {
            return qualitative(weight, level, chosenFraction);
        }
        if (actual == null) {
            return new IndicatorScore(weight, zero(), "未填报 / not reported: 0", false);
        }
        BigDecimal value = target.value();
        String w = plain(weight);
        if (target.direction() == Direction.LOWER_IS_BETTER) {
            if (actual.compareTo(value) <= 0 || actual.signum() <= 0) {
                return new IndicatorScore(weight, round(weight), w + " × 1 = " + plain(round(weight)), false);
            }
            if (lowerRule == LowerIsBetterRule.RATIO) {
                BigDecimal s = round(weight.multiply(value).divide(actual, 6, RoundingMode.HALF_UP));
                return new IndicatorScore(weight, s, w + " × " + plain(value) + " / " + plain(actual) + " = " + plain(s), false);
            }
            BigDecimal twice = value.multiply(BigDecimal.TWO);
            BigDecimal s = actual.compareTo(twice) >= 0 ? zero()
                    : round(weight.multiply(twice.subtract(actual)).divide(value, 6, RoundingMode.HALF_UP));
            return new IndicatorScore(weight, s, w + " × (2 × " + plain(value) + " − " + plain(actual) + ") / " + plain(value)
                    + " = " + plain(s), false);
        }
        if (value.signum() == 0) {
            return new IndicatorScore(weight, round(weight), w + " × 1 = " + plain(round(weight)), false);
        }
        if (actual.compareTo(value) >= 0) {
            return new IndicatorScore(weight, round(weight), w + " × min(1, " + plain(actual) + " / " + plain(value) + ") = "
                    + plain(round(weight)), false);
        }
        BigDecimal s = round(weight.multiply(actual).divide(value, 6, RoundingMode.HALF_UP));
        return new IndicatorScore(weight, s, w + " × " + plain(actual) + " / " + plain(value) + " = " + plain(s), false);
    }

    /** Budget score = weight × execution rate, capped at the weight. */
    public IndicatorScore budget(BigDecimal weight, @Nullable BigDecimal budget, @Nullable BigDecimal executed) {
        if (budget == null || budget.signum() <= 0 || executed == null) {
            return new IndicatorScore(weight, zero(), "未填报 / not reported: 0", false);
        }
        BigDecimal rate = executed.divide(budget, 6, RoundingMode.HALF_UP);
        BigDecimal s = round(weight.multiply(rate.min(BigDecimal.ONE)));
        String pct = rate.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
        return new IndicatorScore(weight, s, plain(weight) + " × " + pct + (rate.compareTo(BigDecimal.ONE) > 0
                ? " (capped / 封顶)" : "") + " = " + plain(s), false);
    }

    /** The band of the weight a qualitative level may score, as fractions: 达成 0.8–1, 部分达成 0.6–0.8, 未达成 0–0.6. */
    public static BigDecimal[] band(QualitativeLevel level) {
        return switch (level) {
            case ACHIEVED -> new BigDecimal[] {new BigDecimal("0.8"), BigDecimal.ONE};
            case PARTIAL -> new BigDecimal[] {new BigDecimal("0.6"), new BigDecimal("0.8")};
            case NOT_ACHIEVED -> new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("0.6")};
        };
    }

    private IndicatorScore qualitative(BigDecimal weight, @Nullable QualitativeLevel level, @Nullable BigDecimal chosen) {
        if (level == null) {
            return new IndicatorScore(weight, zero(), "未填报 / not reported: 0", false);
        }
        boolean defaulted = chosen == null;
        BigDecimal fraction = defaulted ? switch (level) {
            case ACHIEVED -> BigDecimal.ONE;
            case PARTIAL -> new BigDecimal("0.7");
            case NOT_ACHIEVED -> new BigDecimal("0.3");
        } : chosen;
        BigDecimal[] band = band(level);
        if (fraction.compareTo(band[0]) < 0 || fraction.compareTo(band[1]) > 0) {
            throw new IllegalArgumentException(level.label(false) + " 的得分比例须在 " + pct(band[0]) + "–" + pct(band[1])
                    + " 之间 / the chosen share must lie within the level's band");
        }
        BigDecimal s = round(weight.multiply(fraction));
        return new IndicatorScore(weight, s, plain(weight) + " × " + pct(fraction) + "（" + level.label(false)
                + (defaulted ? "，默认 / default" : "") + "）= " + plain(s), defaulted);
    }

    private static String pct(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    static String plain(BigDecimal v) {
        return (v.scale() > 2 ? v.setScale(2, RoundingMode.HALF_UP) : v).stripTrailingZeros().toPlainString();
    }
}
