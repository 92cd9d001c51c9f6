package org.attain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a year's self-evaluations are scored, kept as data and chosen per year: the budget weight (scored as weight ×
 * execution rate, capped at the weight), the weight of each group of indicator categories (spread evenly over the
 * group's indicators), the band of each qualitative level, and the grade thresholds — or none where grading does not
 * apply. Its name is the message {@code scoring.profile.<code>}. Shipped: the national default (财预〔2020〕10号: 10 / 50 / 30 / 10, bands 80–100 / 60–80 / 0–60 %, graded) and
 * the provincial variant of the 一体化 module (20 / 40 / 效益+满意度 40, bands 100–80 / 80–50 / 50–0 %, not graded).
 */
public record ScoringProfile(
        String code,
        BigDecimal budget,
        List<CategoryGroup> groups,
        QualitativeBands bands,
        @Nullable GradeBands grades) {

    /** The categories a profile weighs, as {@link Weights} names them. */
    public static final List<String> CATEGORIES = List.of("产出指标", "效益指标", "满意度指标");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The national default (财预〔2020〕10号), as shipped in the database. */
    public static final ScoringProfile NATIONAL = new ScoringProfile(
            "NATIONAL",
            BigDecimal.TEN,
            List.of(
                    new CategoryGroup(List.of("产出指标"), BigDecimal.valueOf(50)),
                    new CategoryGroup(List.of("效益指标"), BigDecimal.valueOf(30)),
                    new CategoryGroup(List.of("满意度指标"), BigDecimal.TEN)),
            new QualitativeBands(band("0.8", "1", "1"), band("0.6", "0.8", "0.7"), band("0", "0.6", "0.3")),
            new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60)));

    /** The provincial variant of the 一体化 module, as shipped in the database: no grade. */
    public static final ScoringProfile PROVINCIAL = new ScoringProfile(
            "PROVINCIAL",
            BigDecimal.valueOf(20),
            List.of(
                    new CategoryGroup(List.of("产出指标"), BigDecimal.valueOf(40)),
                    new CategoryGroup(List.of("效益指标", "满意度指标"), BigDecimal.valueOf(40))),
            new QualitativeBands(band("0.8", "1", "1"), band("0.5", "0.8", "0.65"), band("0", "0.5", "0.25")),
            null);

    private static Band band(String min, String max, String fallback) {
        return new Band(new BigDecimal(min), new BigDecimal(max), new BigDecimal(fallback));
    }

    public ScoringProfile {
        groups = List.copyOf(groups);
        budget = Decimals.normal(budget);
        List<String> named =
                groups.stream().flatMap(g -> g.categories().stream()).toList();
        if (named.size() != CATEGORIES.size() || !named.containsAll(CATEGORIES)) {
            throw new ScoringException(
                    "profile.error.categories",
                    "the groups must name 产出指标, 效益指标 and 满意度指标" + " once each, not " + named,
                    String.join("、", named));
        }
        BigDecimal sum = groups.stream().map(CategoryGroup::weight).reduce(budget, BigDecimal::add);
        if (budget.signum() < 0 || sum.compareTo(HUNDRED) != 0) {
            String total = sum.stripTrailingZeros().toPlainString();
            throw new ScoringException("self.error.weightsNot100", "weights must add up to 100, not " + total, total);
        }
    }

    public boolean isGraded() {
        return grades != null;
    }

    /** The grade of a total, or null where grading does not apply. */
    public @Nullable Grade grade(BigDecimal total) {
        return grades == null ? null : grades.of(total);
    }

    /**
     * The category weights of a project whose annual indicators have these categories. A group's weight is spread
     * evenly over all its indicators, so each of its categories gets the group's weight in proportion to its
     * indicators (to the ten-thousandth; the group's last category with indicators takes what rounding left, so that
     * the weights add up to 100). A group without indicators keeps its weight on its first category.
     */
    public Weights weightsFor(List<String> indicatorCategories) {
        Map<String, BigDecimal> weights = new HashMap<>();
        for (CategoryGroup g : groups) {
            List<String> used = new ArrayList<>(g.categories().stream()
                    .filter(indicatorCategories::contains)
                    .toList());
            long total = indicatorCategories.stream()
                    .filter(g.categories()::contains)
                    .count();
            if (used.isEmpty()) {
                weights.put(g.categories().getFirst(), g.weight());
                continue;
            }
            BigDecimal left = g.weight();
            for (int i = 0; i < used.size(); i++) {
                String c = used.get(i);
                long n = indicatorCategories.stream().filter(c::equals).count();
                BigDecimal share = i == used.size() - 1
                        ? left
                        : g.weight()
                                .multiply(BigDecimal.valueOf(n))
                                .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
                weights.put(c, share);
                left = left.subtract(share);
            }
        }
        return new Weights(
                budget,
                weights.getOrDefault(CATEGORIES.get(0), BigDecimal.ZERO),
                weights.getOrDefault(CATEGORIES.get(1), BigDecimal.ZERO),
                weights.getOrDefault(CATEGORIES.get(2), BigDecimal.ZERO));
    }
}
