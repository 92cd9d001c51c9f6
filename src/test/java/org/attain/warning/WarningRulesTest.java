package org.attain.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
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

/** The warning rules of DOMAIN.md, by hand: floors 25 / 40 / 60 / 80 % by April, June, August, October; gaps over 10 points. */
class WarningRulesTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void the_floor_of_the_latest_month_named_applies_and_none_before_the_first() {
        WarningRules rules = WarningRules.DEFAULT;
        assertThat(rules.floorAt(3)).isNull();
        assertThat(rules.floorAt(4)).isEqualByComparingTo("0.25");
        assertThat(rules.floorAt(6)).isEqualByComparingTo("0.40");
        assertThat(rules.floorAt(7)).isEqualByComparingTo("0.40");
        assertThat(rules.floorAt(12)).isEqualByComparingTo("0.80");
        assertThat(rules.floorsText()).isEqualTo("4:25,6:40,8:60,10:80");
    }

    @Test
    void spending_29_percent_by_june_is_below_the_floor_and_55_percent_attained_is_26_points_away() {
        // 35 of 120 万元 = 29.17 % < 40 %; attainment 55 % − 29.17 % = 25.83 points > 10
        List<Warning> warnings = WarningRules.DEFAULT.check(1, JUNE, d("0.2917"), d("0.55"));
        assertThat(warnings)
                .extracting(Warning::kind)
                .containsExactly(WarningKind.EXECUTION_FLOOR, WarningKind.ATTAINMENT_GAP);
        assertThat(warnings.getFirst().limit()).isEqualByComparingTo("0.40");
        assertThat(warnings.get(1).limit()).isEqualByComparingTo("0.10");
        // 45 % spent, 52 % attained: above the floor, 7 points apart
        assertThat(WarningRules.DEFAULT.check(1, JUNE, d("0.45"), d("0.52"))).isEmpty();
        // exactly 10 points apart is not more than 10
        assertThat(WarningRules.DEFAULT.check(1, JUNE, d("0.45"), d("0.55"))).isEmpty();
        assertThat(WarningRules.DEFAULT.check(1, new Checkpoint(2025, 3), d("0.05"), null))
                .as("no floor before April")
                .isEmpty();
        assertThat(WarningRules.DEFAULT.check(1, JUNE, null, d("0.9")))
                .as("nothing reported: no warning")
                .isEmpty();
    }

    @Test
    void rules_are_written_month_colon_percent_and_refused_when_unreadable() {
        WarningRules hubei = WarningRules.parse("3：20，6:45 9:70", d("15"), 10);
        assertThat(hubei.floorAt(6)).isEqualByComparingTo("0.45");
        assertThat(hubei.check(1, JUNE, d("0.44"), d("0.60")))
                .extracting(Warning::kind)
                .containsExactly(WarningKind.EXECUTION_FLOOR, WarningKind.ATTAINMENT_GAP);
        assertThatThrownBy(() -> WarningRules.parse("6-40", d("10"), 15))
                .isInstanceOfSatisfying(
                        WarningRefusal.class, r -> assertThat(r.key()).isEqualTo("warning.refused.floor"));
        assertThatThrownBy(() -> WarningRules.parse("13:40", d("10"), 15)).isInstanceOf(WarningRefusal.class);
        assertThatThrownBy(() -> WarningRules.parse("6:40", d("0"), 15)).isInstanceOf(WarningRefusal.class);
    }

    @Test
    void attainment_is_the_mean_share_of_the_rising_quantitative_targets_reached() {
        StatusEngine engine = new StatusEngine(Thresholds.DEFAULT);
        IndicatorStatus any = new IndicatorStatus(Light.GREEN, null, null, Set.of(), org.attain.i18n.Message.of("x"));
        List<IndicatorRow> rows = List.of(
                row("≥100人", "数量指标", Reading.of(d("60")), any), // 60 %
                row("≥95%", "质量指标", Reading.of(d("93")), any), // 93 / 95 = 97.89 %
                row("≤52万元", "成本指标", Reading.of(d("60")), any), // lower is better: not counted
                row("≥20次", "数量指标", Reading.of(d("30")), any), // over the target: 100 %
                row("≥10人", "数量指标", Reading.NONE, any)); // nothing reported: not counted
        ProjectStatus p = new ProjectStatus(
                1,
                "p",
                "工会",
                d("120"),
                d("120"),
                JUNE,
                rows,
                engine.budget(JUNE, d("120"), d("35")),
                null,
                Deviation.NONE,
                null);
        // (0.6 + 0.978947 + 1) / 3 = 0.859649
        assertThat(Warnings.attainment(p)).isEqualByComparingTo("0.8596");
    }

    private static IndicatorRow row(String target, String sub, Reading reading, IndicatorStatus status) {
        return new IndicatorRow(
                1,
                "p",
                1,
                "产出指标",
                sub,
                "i",
                TargetParser.parse(target, sub),
                ProgressProfile.LINEAR,
                reading,
                Set.of(),
                null,
                null,
                null,
                status,
                null,
                null,
                null);
    }
}
