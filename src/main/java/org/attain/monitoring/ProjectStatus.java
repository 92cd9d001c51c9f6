package org.attain.monitoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attain.status.BudgetStatus;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.attain.status.LightWords;
import org.jspecify.annotations.Nullable;

/**
 * Where a project stands at a checkpoint: every annual indicator with its light, the budget light, and the project
 * light — the worst of its indicator lights AND its budget light (双监控: a project whose spending lags is not
 * green). Budget is the 全年预算数 (the adjusted one, else the approved 年初预算数).
 *
 * @param budgetDeviation  the reasons, likelihood and corrective action given for the budget line
 * @param budgetCarriedFrom the month of the round the budget figures were carried from, null when entered for this one
 */
public record ProjectStatus(long projectId, String name, String department, BigDecimal initialBudget,
        BigDecimal budget, Checkpoint checkpoint, List<IndicatorRow> indicators, BudgetStatus budgetStatus,
        @Nullable BigDecimal forecastSpending, Deviation budgetDeviation, @Nullable Integer budgetCarriedFrom) {

    /** The worst of the indicator lights and the budget light. */
    public Light light() {
        Light worst = budgetStatus.light();
        for (IndicatorRow r : indicators) {
            worst = Light.worse(worst, r.status().light());
        }
        return worst;
    }

    public Map<Light, Integer> countByLight() {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, 0);
        }
        indicators.forEach(r -> counts.merge(r.status().light(), 1, Integer::sum));
        return counts;
    }

    public List<IndicatorRow> shortfalls() {
        return indicators.stream().filter(r -> r.status().isShortfall()).toList();
    }

    /** The budget lags (red, yellow, behind time progress) or is overdue: a shortfall of its own. */
    public boolean budgetFallsShort() {
        return budgetStatus.isShortfall();
    }

    public int notReported() {
        return (int) indicators.stream().filter(r -> r.status().light() == Light.NOT_REPORTED
                || r.status().light() == Light.OVERDUE).count();
    }

    /**
     * One sentence for the project light: what makes it that colour — how many indicators fall short and the budget's
     * own sentence when it lags.
     */
    public String explanation(boolean english) {
        Light light = light();
        long red = indicators.stream().filter(r -> r.status().light() == Light.RED).count();
        long yellow = indicators.stream().filter(r -> r.status().light() == Light.YELLOW).count();
        long overdue = indicators.stream().filter(r -> r.status().light() == Light.OVERDUE).count();
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (red + yellow > 0) {
            zh.append(red + yellow).append(" 项指标未达进度（红 ").append(red).append("，黄 ").append(yellow).append("）");
            en.append(red + yellow).append(" indicators fall short (").append(red).append(" red, ").append(yellow)
                    .append(" yellow)");
        }
        if (overdue > 0) {
            zh.append(zh.isEmpty() ? "" : "；").append(overdue).append(" 项指标逾期未填报");
            en.append(en.isEmpty() ? "" : "; ").append(overdue).append(" overdue");
        }
        if (budgetFallsShort() || budgetStatus.light() == Light.OVERDUE) {
            zh.append(zh.isEmpty() ? "" : "；").append("预算：").append(budgetStatus.detail(false));
            en.append(en.isEmpty() ? "" : "; ").append("budget: ").append(budgetStatus.detail(true));
        }
        if (zh.isEmpty()) {
            zh.append(switch (light) {
                case GREEN, BLUE -> "各项指标与预算执行均符合进度";
                case NOT_DUE -> "指标尚未到评价期";
                default -> "尚未填报";
            });
            en.append(switch (light) {
                case GREEN, BLUE -> "every indicator and the budget are on track";
                case NOT_DUE -> "indicators are not yet due";
                default -> "nothing reported yet";
            });
        }
        return english ? LightWords.of(light, true) + ": " + en : LightWords.of(light, false) + "：" + zh;
    }
}
