package org.attain.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attain.i18n.Texts;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;
import org.junit.jupiter.api.Test;

/**
 * A light and its sentence never disagree. Every progress profile × comparator × checkpoint × a grid of actuals
 * (below, at and above the target and the expected value) goes through the engine; a green or blue sentence that
 * says 低于/未达/未完成, a red one that says 达到, or an in-year green behind the expected value that does not say
 * 在容差内, fails the test.
 */
class LightSentenceInvariantTest {

    private static final List<ProgressProfile> PROFILES = List.of(
            ProgressProfile.LINEAR,
            ProgressProfile.RATE,
            ProgressProfile.YEAR_END,
            ProgressProfile.SPRING_FESTIVAL,
            ProgressProfile.byDate(2),
            ProgressProfile.byDate(9),
            ProgressProfile.custom(
                    List.of("0", "0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100").stream()
                            .map(BigDecimal::new)
                            .toList()));
    private static final List<String> TARGETS = List.of(
            "≥574人", ">95%", "≥95%", "100%", "=12次", "25人", "≥2.5万元", "≤52万元", "<5%", "900元/人", "≥ 50人", ">0.5万元");
    private static final List<Thresholds> THRESHOLDS = List.of(
            Thresholds.DEFAULT,
            new Thresholds(
                    new BigDecimal("0.6"),
                    new BigDecimal("0.8"),
                    new BigDecimal("1.2"),
                    new BigDecimal("1.3"),
                    new BigDecimal("0.6"),
                    new BigDecimal("0.8"),
                    new BigDecimal("0.95")));

    @Test
    void no_light_ever_contradicts_its_sentence() {
        List<String> contradictions = new ArrayList<>();
        int judged = 0;
        for (Thresholds thresholds : THRESHOLDS) {
            StatusEngine engine = new StatusEngine(thresholds);
            for (String text : TARGETS) {
                Target target = TargetParser.parse(text, text.contains("元/人") ? "成本指标" : "数量指标");
                for (ProgressProfile profile : PROFILES) {
                    for (int year : List.of(2025, 2026)) {
                        for (int month = 1; month <= 12; month++) {
                            Checkpoint at = new Checkpoint(year, month);
                            for (BigDecimal actual : actuals(target, profile, at)) {
                                IndicatorStatus s = engine.evaluate("指标", target, profile, at, Reading.of(actual));
                                judged++;
                                check(s, text, profile, at, actual, contradictions);
                            }
                        }
                    }
                }
            }
        }
        assertThat(judged).isGreaterThan(10_000);
        assertThat(contradictions).isEmpty();
    }

    @Test
    void unreported_overdue_and_not_due_never_speak_of_attainment() {
        StatusEngine engine = new StatusEngine(Thresholds.DEFAULT);
        for (ProgressProfile profile : PROFILES) {
            for (int month = 1; month <= 12; month++) {
                Checkpoint at = new Checkpoint(2025, month);
                for (LocalDate overdue : java.util.Arrays.asList(null, LocalDate.of(2025, 7, 10))) {
                    IndicatorStatus s = engine.evaluate(
                            "指标", TargetParser.parse("≥574人", "数量指标"), profile, at, Reading.NONE, overdue);
                    assertThat(s.light()).isIn(Light.NOT_REPORTED, Light.OVERDUE, Light.NOT_DUE);
                    assertThat(Texts.chinese().render(s.explanation())).doesNotContain("达到", "低于", "红", "绿");
                    assertThat(Texts.chinese().render(s.explanation()))
                            .startsWith(Texts.chinese().text(s.light()));
                }
            }
        }
    }

    private static List<BigDecimal> actuals(Target target, ProgressProfile profile, Checkpoint at) {
        BigDecimal value = target.value();
        BigDecimal expected = StatusEngine.expectedByNow(target, profile, at);
        List<BigDecimal> grid = new ArrayList<>();
        for (BigDecimal base : List.of(value, expected)) {
            for (String f : List.of(
                    "0", "0.3", "0.59", "0.6", "0.79", "0.8", "0.95", "0.99", "1", "1.01", "1.19", "1.2", "1.29", "1.3",
                    "1.5", "2")) {
                grid.add(base.multiply(new BigDecimal(f)));
            }
            grid.add(base.subtract(new BigDecimal("0.01")).max(BigDecimal.ZERO));
            grid.add(base.add(new BigDecimal("0.01")));
        }
        return grid;
    }

    private static void check(
            IndicatorStatus s,
            String target,
            ProgressProfile profile,
            Checkpoint at,
            BigDecimal actual,
            List<String> out) {
        String zh = Texts.chinese().render(s.explanation());
        String en = Texts.english().render(s.explanation());
        String where = target + " " + profile.encode() + " " + at + " actual " + actual.toPlainString() + " → "
                + s.light() + ": " + zh;
        if (!zh.startsWith(Texts.chinese().text(s.light()) + "：")
                || !en.startsWith(Texts.english().text(s.light()) + ":")) {
            out.add("sentence names another light: " + where);
        }
        if ((s.light() == Light.GREEN || s.light() == Light.BLUE)
                && (zh.contains("低于")
                        || zh.contains("未达")
                        || zh.contains("未完成")
                        || en.contains("below")
                        || en.contains("missed"))) {
            out.add("green or blue says short: " + where);
        }
        if (s.light() == Light.RED
                && (zh.contains("达到")
                        || zh.contains("完成目标 ") && !zh.contains("未完成目标")
                        || en.contains(" met")
                        || en.contains("meeting"))) {
            out.add("red says met: " + where);
        }
        if (s.light() == Light.GREEN
                && s.expected() != null
                && actual.compareTo(s.expected()) < 0
                && !profile.isDue(at)
                && !target.startsWith("≤")
                && !target.startsWith("<")
                && !target.contains("元/人")
                && !zh.contains("在容差内")) {
            out.add("in-year green behind the expected value without 在容差内: " + where);
        }
    }
}
