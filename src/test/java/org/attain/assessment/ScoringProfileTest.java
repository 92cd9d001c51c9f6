package org.attain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attain.status.QualitativeLevel;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.junit.jupiter.api.Test;

/**
 * One project scored by hand under both shipped profiles. Eight indicators and a budget of 8 万元 with 7.2 spent (90 %):
 * <pre>
 * 产出 A ≥25人 → 20      B ≥95% → 98      C 及时 → 部分达成      D ≤8万元 → 8.8
 * 效益 E 提升 → 达成     F ≥90% → 81
 * 满意 G ≥95% → 93       H ≥90% → 96
 * </pre>
 */
class ScoringProfileTest {

    private record Line(String category, Target target, BigDecimal actual, QualitativeLevel level) {}

    private static final List<Line> PROJECT = List.of(
            line("产出指标", "≥25人", "数量指标", "20"), line("产出指标", "≥95%", "质量指标", "98"),
            level("产出指标", "及时", "时效指标", QualitativeLevel.PARTIAL), line("产出指标", "≤8万元", "成本指标", "8.8"),
            level("效益指标", "提升", "社会效益指标", QualitativeLevel.ACHIEVED), line("效益指标", "≥90%", "社会效益指标", "81"),
            line("满意度指标", "≥95%", "服务对象满意度指标", "93"), line("满意度指标", "≥90%", "服务对象满意度指标", "96"));

    private static Line line(String category, String target, String sub, String actual) {
        return new Line(category, TargetParser.parse(target, sub), new BigDecimal(actual), null);
    }

    private static Line level(String category, String target, String sub, QualitativeLevel level) {
        return new Line(category, TargetParser.parse(target, sub), null, level);
    }

    /** Each indicator's score, then the budget's, as the self-evaluation computes them. */
    private static List<BigDecimal> scores(ScoringProfile profile) {
        List<String> categories = PROJECT.stream().map(Line::category).toList();
        Weights weights = profile.weightsFor(categories);
        List<BigDecimal> split = weights.split(categories, Arrays.asList(new BigDecimal[PROJECT.size()]));
        Scorer scorer = new Scorer(LowerIsBetterRule.RATIO, profile.bands());
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i < PROJECT.size(); i++) {
            Line l = PROJECT.get(i);
            scores.add(scorer.score(l.target(), split.get(i), l.actual(), l.level(), null)
                    .score());
        }
        scores.add(scorer.budget(weights.budget(), new BigDecimal("8"), new BigDecimal("7.2"))
                .score());
        return scores;
    }

    private static BigDecimal total(List<BigDecimal> scores) {
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void national_profile_10_50_30_10_grades_the_total() {
        // 产出 50 / 4 = 12.5 each: 12.5 × 20/25 = 10; 12.5; 12.5 × 70% = 8.75; 12.5 × 8/8.8 = 11.36
        // 效益 30 / 2 = 15 each: 15; 15 × 81/90 = 13.5 · 满意度 10 / 2 = 5 each: 5 × 93/95 = 4.89; 5 · 预算 10 × 90% = 9
        List<BigDecimal> scores = scores(ScoringProfile.NATIONAL);
        assertThat(scores)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("10"),
                        new BigDecimal("12.5"),
                        new BigDecimal("8.75"),
                        new BigDecimal("11.36"),
                        new BigDecimal("15"),
                        new BigDecimal("13.5"),
                        new BigDecimal("4.89"),
                        new BigDecimal("5"),
                        new BigDecimal("9"));
        assertThat(total(scores)).isEqualByComparingTo("90.00");
        assertThat(ScoringProfile.NATIONAL.grade(total(scores))).isEqualTo(Grade.EXCELLENT);
        assertThat(ScoringProfile.NATIONAL.grade(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
    }

    @Test
    void provincial_profile_20_40_40_spreads_benefit_and_satisfaction_together_and_grades_nothing() {
        // 产出 40 / 4 = 10 each: 10 × 20/25 = 8; 10; 10 × 65% (middle of 50–80 %) = 6.5; 10 × 8/8.8 = 9.09
        // 效益 + 满意度 40 over 4 indicators = 10 each: 10; 10 × 81/90 = 9; 10 × 93/95 = 9.79; 10 · 预算 20 × 90% = 18
        List<BigDecimal> scores = scores(ScoringProfile.PROVINCIAL);
        assertThat(scores)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("8"),
                        new BigDecimal("10"),
                        new BigDecimal("6.5"),
                        new BigDecimal("9.09"),
                        new BigDecimal("10"),
                        new BigDecimal("9"),
                        new BigDecimal("9.79"),
                        new BigDecimal("10"),
                        new BigDecimal("18"));
        assertThat(total(scores)).isEqualByComparingTo("90.38");
        assertThat(ScoringProfile.PROVINCIAL.isGraded()).isFalse();
        assertThat(ScoringProfile.PROVINCIAL.grade(total(scores))).isNull();
    }

    @Test
    void a_combined_group_gives_each_category_its_share_by_count_and_the_weights_still_add_up_to_100() {
        Weights w = ScoringProfile.PROVINCIAL.weightsFor(List.of("产出指标", "效益指标", "效益指标", "满意度指标"));
        assertThat(w.benefit()).isEqualByComparingTo("26.6667");
        assertThat(w.satisfaction()).isEqualByComparingTo("13.3333");
        Weights noSatisfaction = ScoringProfile.PROVINCIAL.weightsFor(List.of("产出指标", "效益指标"));
        assertThat(noSatisfaction.benefit()).isEqualByComparingTo("40");
        assertThat(noSatisfaction.satisfaction()).isEqualByComparingTo("0");
        assertThat(ScoringProfile.NATIONAL.weightsFor(List.of("产出指标"))).isEqualTo(Weights.DEFAULT);
    }

    @Test
    void each_profile_holds_the_evaluator_to_its_own_bands() {
        Target timely = TargetParser.parse("及时", "时效指标");
        Scorer provincial = new Scorer(LowerIsBetterRule.RATIO, ScoringProfile.PROVINCIAL.bands());
        Scorer national = new Scorer(LowerIsBetterRule.RATIO, ScoringProfile.NATIONAL.bands());
        assertThat(provincial
                        .score(timely, BigDecimal.TEN, null, QualitativeLevel.PARTIAL, new BigDecimal("0.55"))
                        .score())
                .isEqualByComparingTo("5.5");
        assertThatThrownBy(() ->
                        national.score(timely, BigDecimal.TEN, null, QualitativeLevel.PARTIAL, new BigDecimal("0.55")))
                .isInstanceOfSatisfying(ScoringException.class, e -> assertThat(e.args())
                        .containsExactly(QualitativeLevel.PARTIAL, "60%", "80%"));
    }

    @Test
    void a_profile_that_does_not_weigh_every_category_once_or_add_up_to_100_is_refused() {
        QualitativeBands bands = ScoringProfile.NATIONAL.bands();
        assertThatThrownBy(() -> new ScoringProfile(
                        "X",
                        BigDecimal.TEN,
                        List.of(new CategoryGroup(List.of("产出指标", "效益指标"), new BigDecimal("90"))),
                        bands,
                        null))
                .isInstanceOfSatisfying(
                        ScoringException.class, e -> assertThat(e.code()).isEqualTo("profile.error.categories"));
        assertThatThrownBy(() -> new ScoringProfile(
                        "X",
                        BigDecimal.TEN,
                        List.of(new CategoryGroup(List.of("产出指标", "效益指标", "满意度指标"), new BigDecimal("80"))),
                        bands,
                        null))
                .isInstanceOfSatisfying(
                        ScoringException.class, e -> assertThat(e.code()).isEqualTo("self.error.weightsNot100"));
        assertThatThrownBy(() -> new Band(new BigDecimal("0.6"), new BigDecimal("0.8"), new BigDecimal("0.9")))
                .isInstanceOf(ScoringException.class);
    }
}
