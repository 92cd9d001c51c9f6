package org.attain.adjustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which target is in force when, and when a budget change calls for a target review: by hand. */
class TargetTimelineTest {

    private static TargetAdjustment change(long id, long indicator, int month, String target, AdjustmentState state) {
        return new TargetAdjustment(
                id,
                1,
                indicator,
                AdjustmentKind.CHANGE,
                month,
                "≥574人",
                target,
                "产出指标",
                "数量指标",
                "春节慰问人数",
                "名单扩大",
                "市总工会〔2025〕12号",
                state,
                "officer",
                Instant.EPOCH,
                null,
                null,
                null);
    }

    @Test
    void an_approved_change_applies_from_its_checkpoint_and_earlier_ones_keep_the_target_then_in_force() {
        List<TargetAdjustment> adjustments = List.of(
                change(1, 7, 9, "≥600人", AdjustmentState.APPROVED),
                change(2, 7, 11, "≥620人", AdjustmentState.APPROVED),
                change(3, 7, 10, "≥700人", AdjustmentState.PROPOSED),
                change(4, 8, 6, "≥10次", AdjustmentState.REJECTED));
        assertThat(TargetTimeline.inForce(adjustments, 6)).isEmpty();
        assertThat(TargetTimeline.inForce(adjustments, 8)).isEmpty();
        assertThat(TargetTimeline.inForce(adjustments, 9).get(7L).text()).isEqualTo("≥600人");
        assertThat(TargetTimeline.inForce(adjustments, 9).get(7L).value()).isEqualByComparingTo("600");
        assertThat(TargetTimeline.inForce(adjustments, 10).get(7L).text())
                .isEqualTo("≥600人"); // the proposal is not in force
        assertThat(TargetTimeline.inForce(adjustments, 12).get(7L).text()).isEqualTo("≥620人");
        assertThat(TargetTimeline.inForce(adjustments, 12)).doesNotContainKey(8L);
    }

    @Test
    void a_budget_changed_by_more_than_the_share_without_an_adjustment_calls_for_a_target_review() {
        BigDecimal tenPercent = new BigDecimal("0.10");
        // 120 → 135: 15 / 120 = 12.5 % > 10 %
        assertThat(new BudgetChange(new BigDecimal("120"), new BigDecimal("135")).share())
                .isEqualByComparingTo("0.125");
        assertThat(new BudgetChange(new BigDecimal("120"), new BigDecimal("135")).needsTargetReview(tenPercent, false))
                .isTrue();
        assertThat(new BudgetChange(new BigDecimal("120"), new BigDecimal("135")).needsTargetReview(tenPercent, true))
                .isFalse();
        // 52 → 47: 5 / 52 = 9.62 %, and exactly 10 % is not more than 10 %
        assertThat(new BudgetChange(new BigDecimal("52"), new BigDecimal("47")).share())
                .isEqualByComparingTo("0.0962");
        assertThat(new BudgetChange(new BigDecimal("52"), new BigDecimal("47")).needsTargetReview(tenPercent, false))
                .isFalse();
        assertThat(new BudgetChange(new BigDecimal("20"), new BigDecimal("18")).needsTargetReview(tenPercent, false))
                .isFalse();
    }
}
