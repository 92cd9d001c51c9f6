package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Budget execution at a checkpoint (万元): rate = executed ÷ budget, light from rate ÷ time progress.
 *
 * @param behindTime whether the execution rate is below time progress (flagged even while the light is green)
 */
public record BudgetStatus(Light light, @Nullable BigDecimal budget, @Nullable BigDecimal executed,
        @Nullable BigDecimal rate, @Nullable BigDecimal ratio, boolean behindTime, String explanationZh,
        String explanationEn) {

    static BudgetStatus notReported(Checkpoint at) {
        return new BudgetStatus(Light.NOT_REPORTED, null, null, null, null, false,
                "待填报：" + at.label(false) + "预算执行数尚未填报", "Awaiting entry: budget execution for "
                + at.label(true) + " has not been entered yet");
    }

    static BudgetStatus overdue(Checkpoint at, LocalDate dueDate) {
        return new BudgetStatus(Light.OVERDUE, null, null, null, null, false,
                "逾期未填报：" + at.label(false) + "预算执行数应于" + Sentence.date(dueDate, false) + "前填报",
                "Overdue: budget execution for " + at.label(true) + " was due by " + Sentence.date(dueDate, true));
    }

    static BudgetStatus of(Checkpoint at, Light light, BigDecimal budget, BigDecimal executed, BigDecimal rate,
            BigDecimal ratio) {
        String pct = Sentence.percent(rate);
        String t = Sentence.percent(at.timeProgress());
        boolean behind = rate.compareTo(at.timeProgress()) < 0;
        String zh = Sentence.lightZh(light) + "：" + at.label(false) + "执行 " + Sentence.num(executed) + "万元，执行率 " + pct
                + (!behind ? "，达到序时进度 " + t
                        : light == Light.GREEN ? "，在容差内（序时进度 " + t + "）" : "，低于序时进度 " + t);
        String en = Sentence.lightEn(light) + ": " + Sentence.num(executed) + " (10k CNY) spent by " + at.label(true)
                + ", execution " + pct + (!behind ? ", on time progress " + t
                        : light == Light.GREEN ? ", within tolerance (time progress " + t + ")" : ", behind time progress " + t);
        return new BudgetStatus(light, budget, executed, rate.setScale(4, RoundingMode.HALF_UP), ratio, behind, zh, en);
    }

    public String explanation(boolean english) {
        return english ? explanationEn : explanationZh;
    }

    /** The explanation without its light word: "1-6月执行 35万元，执行率 29.2%，低于序时进度 50%". */
    public String detail(boolean english) {
        String text = explanation(english);
        int colon = english ? text.indexOf(": ") : text.indexOf('：');
        return colon < 0 ? text : text.substring(colon + (english ? 2 : 1));
    }

    /** Red or yellow, overdue, or behind time progress: a shortfall of its own (双监控). */
    public boolean isShortfall() {
        return light.isShortfall() || behindTime;
    }
}
