package org.attain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.attain.i18n.Message;
import org.attain.i18n.Texts;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.IndicatorStatus;
import org.attain.status.Light;
import org.attain.status.ProgressProfile;
import org.attain.status.Reading;
import org.attain.status.StatusEngine;
import org.attain.status.Thresholds;
import org.attain.targets.TargetParser;
import org.junit.jupiter.api.Test;

/** 双监控: a project's light is the worst of its indicator lights and its budget light. */
class ProjectLightTest {

    private static final Checkpoint JUNE = new Checkpoint(2025, 6);
    private final StatusEngine engine = new StatusEngine(Thresholds.DEFAULT);

    private ProjectStatus project(BigDecimal executed, Light... indicatorLights) {
        List<IndicatorRow> rows = java.util.Arrays.stream(indicatorLights)
                .map(l -> new IndicatorRow(
                        1,
                        "p",
                        1,
                        "产出指标",
                        "数量指标",
                        "i",
                        TargetParser.parse("≥10人", "数量指标"),
                        ProgressProfile.LINEAR,
                        Reading.NONE,
                        Set.of(),
                        null,
                        null,
                        null,
                        new IndicatorStatus(l, null, null, Set.of(), Message.of("x")),
                        null,
                        null,
                        null))
                .toList();
        return new ProjectStatus(
                1,
                "困难职工常态化帮扶及送温暖",
                "工会",
                new BigDecimal("120"),
                new BigDecimal("120"),
                JUNE,
                rows,
                engine.budget(JUNE, new BigDecimal("120"), executed),
                null,
                Deviation.NONE,
                null);
    }

    @Test
    void a_project_with_green_indicators_and_a_red_budget_is_red() {
        ProjectStatus p = project(new BigDecimal("35"), Light.GREEN, Light.GREEN, Light.NOT_DUE);
        assertThat(p.budgetStatus().light()).isEqualTo(Light.RED);
        assertThat(p.indicators()).allMatch(r -> r.status().light() != Light.RED);
        assertThat(p.light()).isEqualTo(Light.RED);
        assertThat(p.budgetFallsShort()).isTrue();
        assertThat(Texts.chinese().render(p.explanation())).isEqualTo("红：预算：1-6月执行 35万元，执行率 29.17%，低于序时进度 50%");
    }

    @Test
    void a_project_is_green_only_when_indicators_and_budget_are() {
        ProjectStatus p = project(new BigDecimal("60"), Light.GREEN, Light.BLUE);
        assertThat(p.light()).isEqualTo(Light.BLUE);
        assertThat(project(new BigDecimal("60"), Light.GREEN).light()).isEqualTo(Light.GREEN);
        assertThat(Texts.chinese()
                        .render(project(new BigDecimal("60"), Light.GREEN).explanation()))
                .isEqualTo("绿：各项指标与预算执行均符合进度");
        assertThat(project(new BigDecimal("60"), Light.GREEN, Light.YELLOW).light())
                .isEqualTo(Light.YELLOW);
        assertThat(project(null, Light.GREEN).light()).isEqualTo(Light.GREEN);
    }

    @Test
    void a_budget_behind_time_progress_within_tolerance_is_green_but_listed() {
        ProjectStatus p = project(new BigDecimal("54"), Light.GREEN);
        assertThat(p.budgetStatus().light()).isEqualTo(Light.GREEN);
        assertThat(Texts.chinese().render(p.budgetStatus().explanation()))
                .isEqualTo("绿：1-6月执行 54万元，执行率 45%，在容差内（序时进度 50%）");
        assertThat(p.budgetFallsShort()).isTrue();
    }
}
