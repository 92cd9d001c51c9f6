package org.attain.monitoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attain.status.BudgetStatus;
import org.attain.status.Checkpoint;
import org.attain.status.Light;

/**
 * Where a project stands at a checkpoint: every annual indicator with its light, the budget light, and the project
 * light (the worst judged indicator light). Budget is the 全年预算数 (the adjusted one, else the approved 年初预算数).
 */
public record ProjectStatus(long projectId, String name, String department, BigDecimal initialBudget,
        BigDecimal budget, Checkpoint checkpoint, List<IndicatorRow> indicators, BudgetStatus budgetStatus,
        @org.jspecify.annotations.Nullable BigDecimal forecastSpending) {

    public Light light() {
        Light worst = Light.NOT_REPORTED;
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

    public int notReported() {
        return (int) indicators.stream().filter(r -> r.status().light() == Light.NOT_REPORTED).count();
    }

    /** Placeholder until the status engine's version lands: the budget sentence and the number of shortfalls. */
    public String explanation(boolean english) {
        int n = shortfalls().size();
        return budgetStatus.explanation(english) + (english ? "; " + n + " indicator(s) short or at risk"
                : "；问题指标 " + n + " 项");
    }
}
