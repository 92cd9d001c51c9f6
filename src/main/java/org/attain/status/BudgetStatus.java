package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.attain.i18n.Message;
import org.jspecify.annotations.Nullable;

/**
 * Budget execution at a checkpoint (万元): rate = executed ÷ budget, light from rate ÷ time progress.
 *
 * @param behindTime whether the execution rate is below time progress (flagged even while the light is green)
 * @param detail     the sentence without its light word: "1-6月执行 35万元，执行率 29.2%，低于序时进度 50%"
 */
public record BudgetStatus(
        Light light,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal executed,
        @Nullable BigDecimal rate,
        @Nullable BigDecimal ratio,
        boolean behindTime,
        Message detail) {

    static BudgetStatus notReported(Checkpoint at) {
        return new BudgetStatus(
                Light.NOT_REPORTED, null, null, null, null, false, Message.of("status.budget.notReported", at));
    }

    static BudgetStatus overdue(Checkpoint at, LocalDate dueDate) {
        return new BudgetStatus(
                Light.OVERDUE,
                null,
                null,
                null,
                null,
                false,
                Message.of("status.budget.overdue", at, Sentence.date(dueDate)));
    }

    static BudgetStatus of(
            Checkpoint at, Light light, BigDecimal budget, BigDecimal executed, BigDecimal rate, BigDecimal ratio) {
        boolean behind = rate.compareTo(at.timeProgress()) < 0;
        String progress = !behind
                ? "status.budget.onTime"
                : light == Light.GREEN ? "status.budget.tolerance" : "status.budget.behind";
        Message detail = Message.of(
                "status.budget",
                at,
                Sentence.num(executed),
                Sentence.rate(rate),
                Message.of(progress, Sentence.percent(at.timeProgress())));
        return new BudgetStatus(light, budget, executed, rate.setScale(4, RoundingMode.HALF_UP), ratio, behind, detail);
    }

    /** The light's word and the detail: "红：1-6月执行 35万元，…". */
    public Message explanation() {
        return Sentence.withLight(light, detail);
    }

    /** Red or yellow, overdue, or behind time progress: a shortfall of its own (双监控). */
    public boolean isShortfall() {
        return light.isShortfall() || behindTime;
    }
}
