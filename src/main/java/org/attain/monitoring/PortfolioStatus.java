package org.attain.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attain.status.Checkpoint;
import org.attain.status.Light;

/** All projects of a year at a checkpoint, and the figures the leadership sees first. */
public record PortfolioStatus(Checkpoint checkpoint, List<ProjectStatus> projects) {

    public BigDecimal totalBudget() {
        return projects.stream().map(ProjectStatus::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalExecuted() {
        return projects.stream().map(p -> p.budgetStatus().executed()).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Executed ÷ budget over all projects; null without a budget. */
    public BigDecimal executionRate() {
        BigDecimal budget = totalBudget();
        return budget.signum() == 0 ? null : totalExecuted().divide(budget, 4, RoundingMode.HALF_UP);
    }

    public Map<Light, Integer> indicatorsByLight() {
        Map<Light, Integer> counts = emptyCounts();
        projects.forEach(p -> p.countByLight().forEach((l, n) -> counts.merge(l, n, Integer::sum)));
        return counts;
    }

    public Map<Light, Integer> projectsByLight() {
        Map<Light, Integer> counts = emptyCounts();
        projects.forEach(p -> counts.merge(p.light(), 1, Integer::sum));
        return counts;
    }

    /** Every red, yellow and not-reported indicator, and every forecast or likelihood at risk; worst first. */
    public List<IndicatorRow> shortfalls() {
        return projects.stream().flatMap(p -> p.shortfalls().stream())
                .sorted(Comparator.comparingInt((IndicatorRow r) -> order(r.status().light())).thenComparing(IndicatorRow::projectId))
                .toList();
    }

    /** Projects ordered worst light first, then by name: the order of the agenda and the charts. */
    public List<ProjectStatus> worstFirst() {
        return projects.stream().sorted(Comparator.comparingInt((ProjectStatus p) -> order(p.light()))
                .thenComparing(p -> order(p.budgetStatus().light())).thenComparing(ProjectStatus::name)).toList();
    }

    public static int order(Light l) {
        return switch (l) {
            case RED -> 0;
            case YELLOW -> 1;
            case NOT_REPORTED -> 2;
            case GREEN -> 3;
            case BLUE -> 4;
            case NOT_DUE -> 5;
        };
    }

    private static Map<Light, Integer> emptyCounts() {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, 0);
        }
        return counts;
    }
}
