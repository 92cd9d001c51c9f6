package org.attain.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attain.status.Checkpoint;
import org.attain.status.Light;

/** All projects of a year at a checkpoint, and the figures the leadership sees first. */
public record PortfolioStatus(Checkpoint checkpoint, List<ProjectStatus> projects) {

    public BigDecimal totalBudget() {
        return projects.stream().map(ProjectStatus::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalExecuted() {
        return projects.stream()
                .map(p -> p.budgetStatus().executed())
                .filter(Objects::nonNull)
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

    /**
     * Every red, yellow and overdue indicator, every forecast or likelihood at risk and every overshoot awaiting its
     * reason; worst first.
     */
    public List<IndicatorRow> shortfalls() {
        return projects.stream()
                .flatMap(p -> p.shortfalls().stream())
                .sorted(Comparator.comparing((IndicatorRow r) -> r.status().light(), Light.WORST_FIRST)
                        .thenComparing(IndicatorRow::projectId))
                .toList();
    }

    /** Every project whose budget execution lags (red, yellow, behind time progress) or is overdue; worst first. */
    public List<ProjectStatus> budgetShortfalls() {
        return projects.stream()
                .filter(ProjectStatus::budgetFallsShort)
                .sorted(Comparator.comparing(
                                (ProjectStatus p) -> p.budgetStatus().light(), Light.WORST_FIRST)
                        .thenComparing(p -> p.budgetStatus().ratio() == null
                                ? BigDecimal.ZERO
                                : p.budgetStatus().ratio()))
                .toList();
    }

    /** Projects ordered worst light first, then by name: the order of the agenda and the charts. */
    public List<ProjectStatus> worstFirst() {
        return projects.stream().sorted(WORST_FIRST).toList();
    }

    public static final Comparator<ProjectStatus> WORST_FIRST = Comparator.comparing(
                    ProjectStatus::light, Light.WORST_FIRST)
            .thenComparing(p -> p.budgetStatus().light(), Light.WORST_FIRST)
            .thenComparing(ProjectStatus::name);

    private static Map<Light, Integer> emptyCounts() {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, 0);
        }
        return counts;
    }
}
