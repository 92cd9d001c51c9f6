package org.attain.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.attain.i18n.Texts;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusEngineTest {

    private final StatusEngine engine = new StatusEngine(Thresholds.DEFAULT);
    private static final Checkpoint JUNE = new Checkpoint(2025, 6);

    private static Target t(String text, String sub) {
        return TargetParser.parse(text, sub);
    }

    private IndicatorStatus eval(String target, String sub, ProgressProfile p, Checkpoint at, Reading r) {
        return engine.evaluate("指标", t(target, sub), p, at, r);
    }

    @Test
    void fewer_than_574_visits_after_spring_festival_is_red_and_says_so() {
        // everything was due by the end of February: 540 of 574 in June is a final shortfall
        IndicatorStatus s = engine.evaluate(
                "慰问", t("≥574人", "数量指标"), ProgressProfile.byDate(2), JUNE, Reading.of(new BigDecimal("540")));
        assertThat(s.expected()).isEqualByComparingTo("574");
        assertThat(s.attainment()).isEqualByComparingTo("0.9408");
        assertThat(s.light()).isEqualTo(Light.RED);
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("红：1-6月慰问 540人，未完成目标 ≥574人（完成 94.1%，应于2月底前全部完成）");
    }

    @ParameterizedTest(name = "{0} of 574 expected by April, at 1-2月 → {1}")
    @CsvSource({"172, RED", "173, YELLOW", "229, YELLOW", "230, GREEN", "344, GREEN", "345, BLUE"})
    void ratio_thresholds_before_the_due_date(String actual, Light light) {
        // due in April: at February 574 × 2/4 = 287 expected; red < 172.2, yellow < 229.6, blue from 344.4
        IndicatorStatus s = eval(
                "≥574人",
                "数量指标",
                ProgressProfile.byDate(4),
                new Checkpoint(2025, 2),
                Reading.of(new BigDecimal(actual)));
        assertThat(s.light()).isEqualTo(light);
    }

    @ParameterizedTest(name = "{0} of 574 after the due date → {1}")
    @CsvSource({"573, RED", "574, GREEN", "688, GREEN", "746, GREEN", "747, BLUE"})
    void after_the_due_date_anything_short_of_the_target_is_red(String actual, Light light) {
        IndicatorStatus s = eval("≥574人", "数量指标", ProgressProfile.byDate(2), JUNE, Reading.of(new BigDecimal(actual)));
        assertThat(s.light()).isEqualTo(light);
    }

    @Test
    void a_linear_count_is_pro_rated_by_time_progress() {
        // ≥100人 at 1-6月: expected 50; 35 → 0.7 → yellow
        IndicatorStatus s = eval("≥100人", "数量指标", ProgressProfile.LINEAR, JUNE, Reading.of(new BigDecimal("35")));
        assertThat(s.expected()).isEqualByComparingTo("50");
        assertThat(s.attainment()).isEqualByComparingTo("0.7");
        assertThat(s.light()).isEqualTo(Light.YELLOW);
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("黄：1-6月指标 35人，低于应完成 50人（完成 70%）（按序时进度 50%）");
        assertThat(Texts.english().render(s.explanation()))
                .isEqualTo("Yellow: 指标 35人 by Jan–Jun, below the 50人 expected by now (70%) (time progress 50%)");
    }

    @Test
    void before_a_due_date_the_target_is_pro_rated_up_to_that_date() {
        // BY_DATE month 4 at 1-2月: expected 574 × 2/4 = 287
        IndicatorStatus s = eval(
                "≥574人", "数量指标", ProgressProfile.byDate(4), new Checkpoint(2025, 2), Reading.of(new BigDecimal("287")));
        assertThat(s.expected()).isEqualByComparingTo("287");
        assertThat(s.light()).isEqualTo(Light.GREEN);
    }

    @Test
    void custom_monthly_percentages_set_the_expected_share() {
        List<BigDecimal> plan = List.of("0", "0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100").stream()
                .map(BigDecimal::new)
                .toList();
        IndicatorStatus s =
                eval("≥1000人次", "数量指标", ProgressProfile.custom(plan), JUNE, Reading.of(new BigDecimal("300")));
        assertThat(s.expected()).isEqualByComparingTo("400");
        assertThat(s.attainment()).isEqualByComparingTo("0.75");
        assertThat(s.light()).isEqualTo(Light.YELLOW);
    }

    @Test
    void satisfaction_of_93_percent_under_95_is_within_tolerance_mid_year_and_red_at_year_end() {
        IndicatorStatus s = eval("≥95%", "服务对象满意度指标", ProgressProfile.RATE, JUNE, Reading.of(new BigDecimal("93")));
        assertThat(s.expected()).isEqualByComparingTo("95");
        assertThat(s.attainment()).isEqualByComparingTo("0.9789");
        assertThat(s.light()).isEqualTo(Light.GREEN);
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("绿：1-6月指标 93%，在容差内（目标 ≥95%，完成 97.9%）");
        assertThat(s.flags()).isEmpty();
        IndicatorStatus due = eval(
                "≥95%", "服务对象满意度指标", ProgressProfile.RATE, Checkpoint.yearEnd(2025), Reading.of(new BigDecimal("93")));
        assertThat(due.light()).isEqualTo(Light.RED);
        assertThat(Texts.chinese().render(due.explanation())).isEqualTo("红：1-12月指标 93%，未完成目标 ≥95%（完成 97.9%）");
    }

    @Test
    void a_percentage_is_never_pro_rated_even_with_a_linear_profile() {
        IndicatorStatus s = eval("100%", "时效指标", ProgressProfile.LINEAR, JUNE, Reading.of(new BigDecimal("50")));
        assertThat(s.expected()).isEqualByComparingTo("100");
        assertThat(s.light()).isEqualTo(Light.RED);
    }

    @Test
    void greater_than_is_met_only_strictly_above() {
        Checkpoint december = Checkpoint.yearEnd(2025);
        assertThat(eval(">95%", "质量指标", ProgressProfile.RATE, december, Reading.of(new BigDecimal("95")))
                        .light())
                .isEqualTo(Light.RED);
        assertThat(eval(">95%", "质量指标", ProgressProfile.RATE, december, Reading.of(new BigDecimal("95.1")))
                        .light())
                .isEqualTo(Light.GREEN);
        IndicatorStatus inYear = eval(">95%", "质量指标", ProgressProfile.RATE, JUNE, Reading.of(new BigDecimal("95")));
        assertThat(inYear.light()).isEqualTo(Light.GREEN);
        assertThat(Texts.chinese().render(inYear.explanation())).contains("在容差内");
        assertThat(eval(">95%", "质量指标", ProgressProfile.RATE, JUNE, Reading.of(new BigDecimal("95.5")))
                        .light())
                .isEqualTo(Light.GREEN);
        assertThat(eval(">95%", "质量指标", ProgressProfile.RATE, JUNE, Reading.of(new BigDecimal("50")))
                        .light())
                .isEqualTo(Light.RED);
        assertThat(eval("≥95%", "质量指标", ProgressProfile.RATE, JUNE, Reading.of(new BigDecimal("95")))
                        .light())
                .isEqualTo(Light.GREEN);
    }

    @ParameterizedTest(name = "{0} against {1} → {2}")
    @CsvSource({
        "52, ≤52万元, GREEN",
        "52.01, ≤52万元, RED",
        "30, ≤52万元, GREEN",
        "900, 900元/人, GREEN",
        "950, 900元/人, RED",
        "5, <5%, RED",
        "4.9, <5%, GREEN"
    })
    void lower_is_better_is_met_or_not(String actual, String target, Light light) {
        IndicatorStatus s = eval(target, "成本指标", ProgressProfile.LINEAR, JUNE, Reading.of(new BigDecimal(actual)));
        assertThat(s.light()).isEqualTo(light);
    }

    @Test
    void a_cost_above_its_ceiling_explains_itself() {
        IndicatorStatus s = engine.evaluate(
                "总成本", t("≤52万元", "成本指标"), ProgressProfile.LINEAR, JUNE, Reading.of(new BigDecimal("53")));
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("红：1-6月总成本 53万元，超过上限 52万元");
    }

    @ParameterizedTest
    @CsvSource({"ACHIEVED, GREEN", "PARTIAL, YELLOW", "NOT_ACHIEVED, RED"})
    void qualitative_levels_map_to_lights(QualitativeLevel level, Light light) {
        IndicatorStatus s = eval("及时", "时效指标", ProgressProfile.LINEAR, JUNE, Reading.of(level));
        assertThat(s.light()).isEqualTo(light);
    }

    @Test
    void not_reported_is_its_own_state_never_red() {
        IndicatorStatus s = eval("≥574人", "数量指标", ProgressProfile.LINEAR, JUNE, Reading.NONE);
        assertThat(s.light()).isEqualTo(Light.NOT_REPORTED);
        assertThat(s.attainment()).isNull();
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("待填报：指标 1-6月尚未填报");
        assertThat(eval("及时", "时效指标", ProgressProfile.LINEAR, JUNE, Reading.NONE)
                        .light())
                .isEqualTo(Light.NOT_REPORTED);
    }

    @Test
    void a_year_end_survey_is_not_due_at_mid_year_but_judged_when_reported() {
        assertThat(eval("≥95%", "服务对象满意度指标", ProgressProfile.YEAR_END, JUNE, Reading.NONE)
                        .light())
                .isEqualTo(Light.NOT_DUE);
        assertThat(eval("≥95%", "服务对象满意度指标", ProgressProfile.YEAR_END, Checkpoint.yearEnd(2025), Reading.NONE)
                        .light())
                .isEqualTo(Light.NOT_REPORTED);
        assertThat(eval("≥95%", "服务对象满意度指标", ProgressProfile.YEAR_END, JUNE, Reading.of(new BigDecimal("50")))
                        .light())
                .isEqualTo(Light.RED);
    }

    @Test
    void a_forecast_that_misses_the_target_is_flagged_even_when_the_actual_is_on_track() {
        Reading r = Reading.of(new BigDecimal("300")).withForecast(new BigDecimal("560"), Likelihood.POSSIBLE);
        IndicatorStatus s = eval("≥574人", "数量指标", ProgressProfile.LINEAR, JUNE, r);
        assertThat(s.light()).isEqualTo(Light.GREEN);
        assertThat(s.flags())
                .containsExactlyInAnyOrder(IndicatorStatus.Flag.FORECAST_MISSES_TARGET, IndicatorStatus.Flag.AT_RISK);
        assertThat(s.isShortfall()).isTrue();
        Reading cost = Reading.of(new BigDecimal("20")).withForecast(new BigDecimal("53"), Likelihood.CERTAIN);
        assertThat(eval("≤52万元", "成本指标", ProgressProfile.LINEAR, JUNE, cost).flags())
                .containsExactly(IndicatorStatus.Flag.FORECAST_MISSES_TARGET);
        Reading q = Reading.of(QualitativeLevel.ACHIEVED).withForecast(QualitativeLevel.PARTIAL, Likelihood.CERTAIN);
        assertThat(eval("及时", "时效指标", ProgressProfile.LINEAR, JUNE, q).flags())
                .containsExactly(IndicatorStatus.Flag.FORECAST_MISSES_TARGET);
    }

    @Test
    void an_actual_of_130_percent_of_the_target_or_more_is_flagged() {
        assertThat(eval("≥100人", "数量指标", ProgressProfile.LINEAR, JUNE, Reading.of(new BigDecimal("130")))
                        .flags())
                .contains(IndicatorStatus.Flag.OVERSHOOT);
        assertThat(eval("≥100人", "数量指标", ProgressProfile.LINEAR, JUNE, Reading.of(new BigDecimal("129")))
                        .flags())
                .doesNotContain(IndicatorStatus.Flag.OVERSHOOT);
    }

    @ParameterizedTest(name = "{0} of 100 spent at 1-6月 → {1}")
    @CsvSource({"29, RED", "30, YELLOW", "39.9, YELLOW", "40, GREEN", "80, GREEN"})
    void budget_light_compares_execution_with_time_progress(String executed, Light light) {
        // T = 0.5: ratio = rate / 0.5 → red < 0.6 (30), yellow < 0.8 (40)
        BudgetStatus b = engine.budget(JUNE, new BigDecimal("100"), new BigDecimal(executed));
        assertThat(b.light()).isEqualTo(light);
    }

    @Test
    void budget_sentence_names_rate_and_time_progress() {
        BudgetStatus b = engine.budget(JUNE, new BigDecimal("52"), new BigDecimal("20.5"));
        assertThat(b.rate()).isEqualByComparingTo("0.3942");
        assertThat(b.behindTime()).isTrue();
        assertThat(Texts.chinese().render(b.explanation())).isEqualTo("黄：1-6月执行 20.5万元，执行率 39.42%，低于序时进度 50%");
        assertThat(engine.budget(JUNE, new BigDecimal("52"), null).light()).isEqualTo(Light.NOT_REPORTED);
    }

    @Test
    void the_worst_judged_light_wins_and_unjudged_lights_never_do() {
        assertThat(Light.worse(Light.GREEN, Light.RED)).isEqualTo(Light.RED);
        assertThat(Light.worse(Light.BLUE, Light.YELLOW)).isEqualTo(Light.YELLOW);
        assertThat(Light.worse(Light.GREEN, Light.BLUE)).isEqualTo(Light.BLUE);
        assertThat(Light.worse(Light.NOT_REPORTED, Light.GREEN)).isEqualTo(Light.GREEN);
        assertThat(Light.worse(Light.OVERDUE, Light.GREEN)).isEqualTo(Light.OVERDUE);
        assertThat(Light.worse(Light.OVERDUE, Light.YELLOW)).isEqualTo(Light.YELLOW);
        assertThat(Light.inWorstFirstOrder())
                .containsExactly(
                        Light.RED,
                        Light.YELLOW,
                        Light.OVERDUE,
                        Light.NOT_REPORTED,
                        Light.BLUE,
                        Light.GREEN,
                        Light.NOT_DUE);
    }

    @Test
    void checkpoints_parse_and_label() {
        Checkpoint c = Checkpoint.parse("2025-06");
        assertThat(c).isEqualTo(JUNE);
        assertThat(c.timeProgress()).isEqualByComparingTo("0.5");
        assertThat(Texts.chinese().text(c)).isEqualTo("1-6月");
        assertThat(Texts.english().text(c)).isEqualTo("Jan–Jun");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checkpoint.parse("2025-13"))
                .hasMessageContaining("1 to 12");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checkpoint.parse("June"))
                .hasMessageContaining("YYYY-MM");
    }

    @Test
    void profiles_are_stored_and_read_back() {
        for (ProgressProfile p : List.of(
                ProgressProfile.LINEAR,
                ProgressProfile.RATE,
                ProgressProfile.YEAR_END,
                ProgressProfile.byDate(2),
                ProgressProfile.SPRING_FESTIVAL)) {
            assertThat(ProgressProfile.decode(p.encode())).isEqualTo(p);
        }
    }
}
