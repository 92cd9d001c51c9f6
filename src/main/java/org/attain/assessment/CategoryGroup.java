package org.attain.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Indicator categories that share one weight, spread evenly over all their indicators: 产出指标 50, or (in the
 * provincial profile) 效益指标 and 满意度指标 together 40.
 */
public record CategoryGroup(List<String> categories, BigDecimal weight) {

    public CategoryGroup {
        categories = List.copyOf(categories);
        weight = Decimals.normal(weight);
        if (categories.isEmpty() || weight.signum() < 0) {
            throw new ScoringException("profile.error.group", "a group names at least one category and a weight");
        }
    }
}
