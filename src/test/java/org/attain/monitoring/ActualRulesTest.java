package org.attain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.Likelihood;
import org.attain.status.Thresholds;
import org.attain.targets.TargetParser;
import org.junit.jupiter.api.Test;

class ActualRulesTest {

    private static final Checkpoint JUNE = new Checkpoint(2025, 6);

    @Test
    void an_over_long_text_is_refused_on_the_server_whatever_the_form_allowed() {
        String long2001 = "改".repeat(ActualInput.TEXT_MAX + 1);
        ActualInput in = new ActualInput(
                1,
                null,
                new BigDecimal("10"),
                null,
                null,
                null,
                null,
                Set.of(),
                null,
                Likelihood.CERTAIN,
                long2001,
                null);
        assertThat(ActualRules.check(
                        "慰问人数",
                        TargetParser.parse("≥10人", "数量指标"),
                        JUNE,
                        YearMonth.of(2026, 1),
                        in,
                        Thresholds.DEFAULT))
                .extracting(EntryProblem::field)
                .containsExactly("correctiveAction");
        ActualInput fits = new ActualInput(
                1,
                null,
                new BigDecimal("10"),
                null,
                null,
                null,
                null,
                Set.of(),
                null,
                Likelihood.CERTAIN,
                "改".repeat(ActualInput.TEXT_MAX),
                null);
        assertThat(ActualRules.check(
                        "慰问人数",
                        TargetParser.parse("≥10人", "数量指标"),
                        JUNE,
                        YearMonth.of(2026, 1),
                        fits,
                        Thresholds.DEFAULT))
                .isEmpty();
    }

    @Test
    void a_budget_at_risk_needs_reasons_and_a_corrective_action() {
        BudgetInput in = new BudgetInput(null, null, null, new BigDecimal("35"), new BigDecimal("120"))
                .withDeviation(new Deviation(Set.of(), null, Likelihood.POSSIBLE, null));
        assertThat(ActualRules.checkBudget(new BigDecimal("120"), JUNE, YearMonth.of(2026, 1), in))
                .extracting(EntryProblem::field)
                .containsExactly("budgetReasons", "budgetCorrectiveAction");
    }
}
