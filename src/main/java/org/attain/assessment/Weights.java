package org.attain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The 100 points of a self-evaluation: 预算执行率, 产出, 效益, 满意度 (10/50/30/10 by default), each category split over
 * its indicators evenly unless an indicator's weight is set. Weights that do not add up to 100 are refused.
 */
public record Weights(BigDecimal budget, BigDecimal output, BigDecimal benefit, BigDecimal satisfaction) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final Weights DEFAULT =
            new Weights(BigDecimal.TEN, BigDecimal.valueOf(50), BigDecimal.valueOf(30), BigDecimal.TEN);

    public Weights {
        for (BigDecimal w : List.of(budget, output, benefit, satisfaction)) {
            if (w.signum() < 0) {
                throw new ScoringException("self.error.weightNegative");
            }
        }
        BigDecimal sum = budget.add(output).add(benefit).add(satisfaction);
        if (sum.compareTo(HUNDRED) != 0) {
            String total = sum.stripTrailingZeros().toPlainString();
            throw new ScoringException("self.error.weightsNot100", total);
        }
    }

    public BigDecimal forCategory(String category) {
        return switch (category) {
            case "产出指标" -> output;
            case "效益指标" -> benefit;
            case "满意度指标" -> satisfaction;
            default -> BigDecimal.ZERO;
        };
    }

    /**
     * Splits each category's weight over its indicators: a set weight is kept, the rest of the category is split
     * evenly over the others. Set weights that exceed their category are refused.
     *
     * @param categories each indicator's category, in order
     * @param set        each indicator's set weight, or null
     */
    public List<BigDecimal> split(List<String> categories, List<@Nullable BigDecimal> set) {
        Map<String, BigDecimal> fixed = new LinkedHashMap<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            if (set.get(i) != null) {
                fixed.merge(c, set.get(i), BigDecimal::add);
            } else {
                open.merge(c, 1, Integer::sum);
            }
        }
        List<BigDecimal> result = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            BigDecimal total = forCategory(c);
            BigDecimal taken = fixed.getOrDefault(c, BigDecimal.ZERO);
            if (taken.compareTo(total) > 0) {
                String sum = taken.stripTrailingZeros().toPlainString();
                String limit = total.stripTrailingZeros().toPlainString();
                throw new ScoringException("self.error.categoryExceeded", c, sum, limit);
            }
            if (set.get(i) != null) {
                result.add(set.get(i));
            } else {
                result.add(total.subtract(taken).divide(BigDecimal.valueOf(open.get(c)), 4, RoundingMode.HALF_UP));
            }
        }
        return result;
    }
}
