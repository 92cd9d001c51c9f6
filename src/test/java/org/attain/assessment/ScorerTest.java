package org.attain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.attain.status.QualitativeLevel;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private final Scorer ratio = new Scorer(LowerIsBetterRule.RATIO);
    private final Scorer linear = new Scorer(LowerIsBetterRule.LINEAR_TO_DOUBLE);

    private static Target t(String text, String sub) {
        return TargetParser.parse(text, sub);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void higher_is_better_scores_the_share_reached_with_its_formula() {
        IndicatorScore s = ratio.score(t("≥574人", "数量指标"), d("5"), d("560"), null, null);
        assertThat(s.score()).isEqualByComparingTo("4.88");
        assertThat(s.formula()).isEqualTo("5 × 560 / 574 = 4.88");
    }

    @ParameterizedTest(name = "{0} with actual {1} → {2}")
    @CsvSource({
        "≥574人, 600, 5.00",
        "≥574人, 0, 0.00",
        ">95%, 95, 5.00",
        ">95%, 90, 4.74",
        "=12次, 12, 5.00",
        "=12次, 6, 2.50",
        "<5%, 4, 5.00"
    })
    void higher_equal_and_greater_than_cases(String target, String actual, String score) {
        assertThat(ratio.score(t(target, "数量指标"), d("5"), d(actual), null, null).score())
                .isEqualByComparingTo(score);
    }

    @ParameterizedTest(name = "ratio rule: {0} spent against ≤52 → {1}")
    @CsvSource({"40, 10.00", "52, 10.00", "65, 8.00", "104, 5.00"})
    void lower_is_better_ratio_rule(String actual, String score) {
        IndicatorScore s = ratio.score(t("≤52万元", "成本指标"), d("10"), d(actual), null, null);
        assertThat(s.score()).isEqualByComparingTo(score);
    }

    @ParameterizedTest(name = "linear rule: {0} spent against ≤52 → {1}")
    @CsvSource({"52, 10.00", "65, 7.50", "78, 5.00", "104, 0.00", "120, 0.00"})
    void lower_is_better_linear_rule(String actual, String score) {
        IndicatorScore s = linear.score(t("≤52万元", "成本指标"), d("10"), d(actual), null, null);
        assertThat(s.score()).isEqualByComparingTo(score);
    }

    @Test
    void the_ratio_rule_explains_itself() {
        assertThat(ratio.score(t("≤52万元", "成本指标"), d("10"), d("65"), null, null).formula())
                .isEqualTo("10 × 52 / 65 = 8");
        assertThat(linear.score(t("≤52万元", "成本指标"), d("10"), d("65"), null, null)
                        .formula())
                .isEqualTo("10 × (2 × 52 − 65) / 52 = 7.5");
    }

    @ParameterizedTest(name = "{0} by default → {1}")
    @CsvSource({"ACHIEVED, 6.00", "PARTIAL, 4.20", "NOT_ACHIEVED, 1.80"})
    void qualitative_defaults_are_100_70_and_30_percent_marked_as_default(QualitativeLevel level, String score) {
        IndicatorScore s = ratio.score(t("及时", "时效指标"), d("6"), null, level, null);
        assertThat(s.score()).isEqualByComparingTo(score);
        assertThat(s.defaulted()).isTrue();
    }

    @Test
    void the_evaluator_chooses_within_the_band_and_not_outside_it() {
        IndicatorScore s = ratio.score(t("提升", "社会效益指标"), d("10"), null, QualitativeLevel.ACHIEVED, d("0.85"));
        assertThat(s.score()).isEqualByComparingTo("8.50");
        assertThat(s.defaulted()).isFalse();
        assertThat(s.formula()).isEqualTo("10 × 85% = 8.5");
        assertThatThrownBy(() -> ratio.score(t("提升", "社会效益指标"), d("10"), null, QualitativeLevel.PARTIAL, d("0.9")))
                .hasMessage("A level of partly achieved scores 60%–80% of the weight");
        assertThat(ratio.score(t("提升", "社会效益指标"), d("10"), null, QualitativeLevel.NOT_ACHIEVED, d("0.6"))
                        .score())
                .isEqualByComparingTo("6.00");
    }

    @ParameterizedTest(name = "budget {0} of 52 → {1}")
    @CsvSource({"52, 10.00", "26, 5.00", "60, 10.00", "0, 0.00"})
    void budget_score_is_capped_at_its_weight(String executed, String score) {
        assertThat(ratio.budget(d("10"), d("52"), d(executed)).score()).isEqualByComparingTo(score);
    }

    @Test
    void budget_formula_names_the_rate_and_the_cap() {
        assertThat(ratio.budget(d("10"), d("52"), d("48.6")).formula()).isEqualTo("10 × 93.46% = 9.35");
        assertThat(ratio.budget(d("10"), d("52"), d("60")).formula()).isEqualTo("10 × 1 (115.38% ≥ 100%) = 10");
    }

    @Test
    void a_missing_actual_is_not_scored_and_has_no_formula_in_any_language() {
        IndicatorScore s = ratio.score(t("≥574人", "数量指标"), d("5"), null, null, null);
        assertThat(s.scored()).isFalse();
        assertThat(s.score()).isEqualByComparingTo("0");
        assertThat(s.formula()).isEmpty();
        assertThat(ratio.score(t("及时", "时效指标"), d("6"), null, null, null).scored())
                .isFalse();
        assertThat(ratio.budget(d("10"), d("52"), null).scored()).isFalse();
    }

    @Test
    void full_marks_score_the_whole_weight_so_that_rounding_never_lifts_a_total_above_100() {
        BigDecimal weight = d("3.125");
        assertThat(ratio.score(t("≥23人", "数量指标"), weight, d("23"), null, null).score())
                .isEqualByComparingTo("3.125");
        assertThat(ratio.score(t("及时", "时效指标"), weight, null, QualitativeLevel.ACHIEVED, null)
                        .score())
                .isEqualByComparingTo("3.125");
        assertThat(ratio.score(t(">95%", "质量指标"), weight, d("94.99"), null, null)
                        .score())
                .isLessThanOrEqualTo(weight);
    }

    @Test
    void refusals_carry_a_message_code_and_its_arguments() {
        assertThatThrownBy(() -> new Weights(d("10"), d("50"), d("30"), d("20")))
                .isInstanceOfSatisfying(ScoringException.class, e -> {
                    assertThat(e.code()).isEqualTo("self.error.weightsNot100");
                    assertThat(e.args()).containsExactly("110");
                });
        assertThatThrownBy(() -> ratio.score(t("提升", "社会效益指标"), d("10"), null, QualitativeLevel.PARTIAL, d("0.9")))
                .isInstanceOfSatisfying(ScoringException.class, e -> {
                    assertThat(e.code()).isEqualTo("self.error.shareOutsideBand");
                    assertThat(e.args()).containsExactly(QualitativeLevel.PARTIAL, "60%", "80%");
                });
    }

    @Test
    void weights_split_evenly_within_a_category_unless_set() {
        List<String> cats = List.of("产出指标", "产出指标", "产出指标", "效益指标", "满意度指标");
        assertThat(Weights.DEFAULT.split(cats, Arrays.asList(null, null, null, null, null)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("16.6667"), d("16.6667"), d("16.6667"), d("30"), d("10"));
        assertThat(Weights.DEFAULT.split(cats, Arrays.asList(d("20"), null, null, null, null)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("20"), d("15"), d("15"), d("30"), d("10"));
        assertThatThrownBy(() -> Weights.DEFAULT.split(cats, Arrays.asList(d("40"), d("20"), null, null, null)))
                .hasMessage("The indicator weights of 产出指标 add up to 60, more than the category's 50");
    }

    @Test
    void weights_not_summing_to_100_are_refused() {
        assertThatThrownBy(() -> new Weights(d("10"), d("50"), d("30"), d("20")))
                .hasMessageContaining("add up to 100, not 110");
        assertThat(new Weights(d("20"), d("40"), d("30"), d("10")).output()).isEqualByComparingTo("40");
    }

    @ParameterizedTest
    @CsvSource({"90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, FAIR", "60, FAIR", "59.99, POOR"})
    void grades(String total, Grade grade) {
        assertThat(Grade.of(d(total))).isEqualTo(grade);
    }
}
