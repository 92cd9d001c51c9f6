package org.attain.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Budget execution at a checkpoint (万元): rate = executed ÷ budget, light from rate ÷ time progress. */
public record BudgetStatus(Light light, @Nullable BigDecimal budget, @Nullable BigDecimal executed,
        @Nullable BigDecimal rate, @Nullable BigDecimal ratio, boolean behindTime, String explanationZh,
        String explanationEn) {

    static BudgetStatus notReported(Checkpoint at) {
        return new BudgetStatus(Light.NOT_REPORTED, null, null, null, null, false,
                "未填报：" + at.label(false) + "预算执行数尚未填报", "Not reported: budget execution for "
                + at.label(true) + " has not been entered");
    }

    static BudgetStatus of(Checkpoint at, Light light, BigDecimal budget, BigDecimal executed, BigDecimal rate,
            BigDecimal ratio) {
        String pct = Sentence.percent(rate);
        String t = Sentence.percent(at.timeProgress());
        boolean behind = rate.compareTo(at.timeProgress()) < 0;
        String zh = Sentence.lightZh(light) + "：" + at.label(false) + "执行 " + Sentence.num(executed) + "万元，执行率 " + pct
                + (behind ? "，低于" : "，达到") + "序时进度 " + t;
        String en = Sentence.lightEn(light) + ": " + Sentence.num(executed) + " (10k CNY) spent by " + at.label(true)
                + ", execution " + pct + (behind ? ", behind" : ", on") + " time progress " + t;
        return new BudgetStatus(light, budget, executed, rate.setScale(4, RoundingMode.HALF_UP), ratio, behind, zh, en);
    }

    public String explanation(boolean english) {
        return english ? explanationEn : explanationZh;
    }
}
