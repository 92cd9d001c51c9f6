package org.attain.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.attain.i18n.Texts;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due means met or missed: when each profile is due, what a due target gets, and what is expected before. */
class DueJudgementTest {

    private final StatusEngine engine = new StatusEngine(Thresholds.DEFAULT);

    private static Target t(String text) {
        return TargetParser.parse(text, "数量指标");
    }

    @ParameterizedTest(name = "{0} due at 1-{1}月 of 2025: {2}")
    @CsvSource({
        "LINEAR, 11, false",
        "LINEAR, 12, true",
        "RATE, 11, false",
        "RATE, 12, true",
        "YEAR_END, 6, false",
        "YEAR_END, 12, true",
        "BY_DATE:2, 1, false",
        "BY_DATE:2, 2, true",
        "BY_DATE:9, 8, false",
        "BY_DATE:9, 9, true",
        "SPRING_FESTIVAL, 1, true",
        "'CUSTOM:0,0,10,20,30,40,50,60,70,80,90,100', 11, false",
        "'CUSTOM:0,0,10,20,30,40,50,60,70,80,90,100', 12, true"
    })
    void each_profile_knows_when_it_is_due(String profile, int month, boolean due) {
        assertThat(ProgressProfile.decode(profile).isDue(new Checkpoint(2025, month)))
                .isEqualTo(due);
    }

    @Test
    void spring_festival_work_is_due_on_the_eve_of_that_years_festival() {
        // 2025: 春节 on 29 January, due 28 January (1-1月); 2026: 春节 on 17 February, due 16 February (1-2月)
        assertThat(ProgressProfile.SPRING_FESTIVAL.dueDate(2025)).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(ProgressProfile.SPRING_FESTIVAL.isDue(new Checkpoint(2025, 1)))
                .isTrue();
        assertThat(ProgressProfile.SPRING_FESTIVAL.dueDate(2026)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(ProgressProfile.SPRING_FESTIVAL.isDue(new Checkpoint(2026, 1)))
                .isFalse();
        assertThat(ProgressProfile.SPRING_FESTIVAL.isDue(new Checkpoint(2026, 2)))
                .isTrue();
    }

    @ParameterizedTest(name = "春节 {0} is {1}")
    @CsvSource({
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26",
        "2030, 2030-02-03",
        "2031, 2031-01-23"
    })
    void spring_festival_dates_come_from_the_chinese_calendar(int year, LocalDate date) {
        assertThat(SpringFestival.of(year)).isEqualTo(date);
        assertThat(SpringFestival.eve(year)).isEqualTo(date.minusDays(1));
    }

    @Test
    void an_entrepreneur_rest_count_of_42_against_50_at_year_end_is_red_and_says_missed() {
        IndicatorStatus s = engine.evaluate(
                "1-12月组织企业家疗休养人数",
                t("≥50人"),
                ProgressProfile.LINEAR,
                Checkpoint.yearEnd(2025),
                Reading.of(new BigDecimal("42")));
        assertThat(s.light()).isEqualTo(Light.RED);
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("红：1-12月1-12月组织企业家疗休养人数 42人，未完成目标 ≥50人（完成 84%）");
        assertThat(s.isShortfall()).isTrue();
    }

    @Test
    void a_close_miss_band_makes_a_near_miss_yellow_only_when_configured() {
        Thresholds withBand = new Thresholds(
                new BigDecimal("0.6"),
                new BigDecimal("0.8"),
                new BigDecimal("1.2"),
                new BigDecimal("1.3"),
                new BigDecimal("0.6"),
                new BigDecimal("0.8"),
                new BigDecimal("0.95"));
        Reading r = Reading.of(new BigDecimal("560"));
        assertThat(engine.evaluate("x", t("≥574人"), ProgressProfile.LINEAR, Checkpoint.yearEnd(2025), r)
                        .light())
                .isEqualTo(Light.RED);
        IndicatorStatus close = new StatusEngine(withBand)
                .evaluate("x", t("≥574人"), ProgressProfile.LINEAR, Checkpoint.yearEnd(2025), r);
        assertThat(close.light()).isEqualTo(Light.YELLOW);
        assertThat(Texts.chinese().render(close.explanation()))
                .contains("未完成目标")
                .contains("接近目标");
    }

    @Test
    void a_met_target_far_above_is_blue_and_asks_for_the_reason() {
        IndicatorStatus s = engine.evaluate(
                "x", t("≥50人"), ProgressProfile.LINEAR, Checkpoint.yearEnd(2025), Reading.of(new BigDecimal("70")));
        assertThat(s.light()).isEqualTo(Light.BLUE);
        assertThat(s.flags()).contains(IndicatorStatus.Flag.OVERSHOOT);
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("蓝：1-12月x 70人，完成目标 ≥50人，为目标的 140%，须说明原因（目标可能偏低）");
    }

    @Test
    void a_cumulative_target_met_before_it_is_due_is_done() {
        IndicatorStatus s = engine.evaluate(
                "x", t("≥574人"), ProgressProfile.LINEAR, new Checkpoint(2025, 6), Reading.of(new BigDecimal("580")));
        assertThat(s.light()).isEqualTo(Light.GREEN);
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("绿：1-6月x 580人，已完成全年目标 ≥574人");
    }

    @Test
    void lower_is_better_over_its_ceiling_is_red_at_any_checkpoint() {
        for (int month = 1; month <= 12; month++) {
            IndicatorStatus s = engine.evaluate(
                    "总成本",
                    TargetParser.parse("≤52万元", "成本指标"),
                    ProgressProfile.LINEAR,
                    new Checkpoint(2025, month),
                    Reading.of(new BigDecimal("52.5")));
            assertThat(s.light()).isEqualTo(Light.RED);
        }
    }

    @Test
    void an_in_year_green_behind_the_expected_value_says_within_tolerance_with_its_numbers() {
        IndicatorStatus s = engine.evaluate(
                "x", t("≥100人"), ProgressProfile.LINEAR, new Checkpoint(2025, 6), Reading.of(new BigDecimal("45")));
        assertThat(s.light()).isEqualTo(Light.GREEN);
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("绿：1-6月x 45人，在容差内（应完成 50人，完成 90%）（按序时进度 50%）");
    }

    @ParameterizedTest(name = "{0} at 1-{1}月 expects {2}")
    @CsvSource({"≥25人, 6, 13", "≥23人, 6, 12", "≥574人, 3, 144", "≥2.5万元, 6, 1.25", "≥7次, 1, 1", "≥100户, 7, 59"})
    void expected_counts_of_people_and_things_are_whole_numbers_rounded_up(String target, int month, String expected) {
        assertThat(StatusEngine.expectedByNow(t(target), ProgressProfile.LINEAR, new Checkpoint(2025, month)))
                .isEqualByComparingTo(expected);
    }

    @Test
    void an_unreported_value_after_the_rounds_due_date_is_overdue_and_a_shortfall() {
        IndicatorStatus s = engine.evaluate(
                "x",
                t("≥574人"),
                ProgressProfile.LINEAR,
                new Checkpoint(2025, 6),
                Reading.NONE,
                LocalDate.of(2025, 7, 10));
        assertThat(s.light()).isEqualTo(Light.OVERDUE);
        assertThat(Texts.chinese().render(s.explanation())).isEqualTo("逾期未填报：x 1-6月应于7月10日前填报");
        assertThat(s.isShortfall()).isTrue();
        assertThat(engine.evaluate("x", t("≥574人"), ProgressProfile.LINEAR, new Checkpoint(2025, 6), Reading.NONE)
                        .isShortfall())
                .isFalse();
    }

    @Test
    void spring_festival_campaigns_are_recognised_from_the_indicator_or_the_project_and_say_why() {
        var byName = ProfileInference.explain("“春暖务工人员活动”慰问人数", "数量指标", t("≥2000人"), "");
        assertThat(byName.profile()).isEqualTo(ProgressProfile.SPRING_FESTIVAL);
        assertThat(byName.reason()).isEqualTo("springFestivalIndicator");
        var byProject = ProfileInference.explain("走访慰问人数", "数量指标", t("≥2000人"), "做好春节期间务工人员的服务工作");
        assertThat(byProject.profile()).isEqualTo(ProgressProfile.SPRING_FESTIVAL);
        assertThat(byProject.argument()).isEqualTo("春节");
        assertThat(ProfileInference.explain("走访慰问人数", "数量指标", t("≥2000人"), "常态化帮扶")
                        .profile())
                .isEqualTo(ProgressProfile.LINEAR);
        assertThat(ProfileInference.explain("春节慰问覆盖面", "数量指标", TargetParser.parse("100%", "数量指标"), "")
                        .profile())
                .isEqualTo(ProgressProfile.RATE);
    }
}
