package org.attain.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attain.i18n.Message;
import org.attain.status.BudgetStatus;
import org.attain.status.Checkpoint;
import org.attain.status.Deviation;
import org.attain.status.Light;
import org.attain.status.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * Where a project stands at a checkpoint: every annual indicator with its light, the budget light, and the project
 * light — the worst of its indicator lights AND its budget light (双监控: a project whose spending lags is not
 * green). Budget is the 全年预算数 (the adjusted one, else the approved 年初预算数).
 *
 * @param budgetDeviation  the reasons, likelihood and corrective action given for the budget line
 * @param budgetCarriedFrom the month of the round the budget figures were carried from, null when entered for this one
 * @param budgetReview     the review state of the budget figures shown (see {@link IndicatorRow#review()})
 */
public record ProjectStatus(
        long projectId,
        String name,
        String department,
        BigDecimal initialBudget,
        BigDecimal budget,
        Checkpoint checkpoint,
        List<IndicatorRow> indicators,
        BudgetStatus budgetStatus,
        @Nullable BigDecimal forecastSpending,
        Deviation budgetDeviation,
        @Nullable Integer budgetCarriedFrom,
        @Nullable ReviewState budgetReview) {

    public ProjectStatus(
            long projectId,
            String name,
            String department,
            BigDecimal initialBudget,
            BigDecimal budget,
            Checkpoint checkpoint,
            List<IndicatorRow> indicators,
            BudgetStatus budgetStatus,
            @Nullable BigDecimal forecastSpending,
            Deviation budgetDeviation,
            @Nullable Integer budgetCarriedFrom) {
        this(
                projectId,
                name,
                department,
                initialBudget,
                budget,
                checkpoint,
                indicators,
                budgetStatus,
                forecastSpending,
                budgetDeviation,
                budgetCarriedFrom,
                null);
    }

    /** Whether any value shown is not approved (a draft its owner or the officer sees): never in an official table. */
    public boolean showsUnapproved() {
        return indicators.stream().anyMatch(IndicatorRow::isUnapproved)
                || budgetReview != null && budgetReview != ReviewState.APPROVED && budgetReview != ReviewState.WAIVED;
    }

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
        return (int) indicators.stream()
                .filter(r ->
                        r.status().light() == Light.NOT_REPORTED || r.status().light() == Light.OVERDUE)
                .count();
    }

    /**
     * One sentence for the project light: what makes it that colour — how many indicators fall short and the budget's
     * own sentence when it lags.
     */
    public Message explanation() {
        Light light = light();
        long red =
                indicators.stream().filter(r -> r.status().light() == Light.RED).count();
        long yellow = indicators.stream()
                .filter(r -> r.status().light() == Light.YELLOW)
                .count();
        long overdue = indicators.stream()
                .filter(r -> r.status().light() == Light.OVERDUE)
                .count();
        List<Message> parts = new ArrayList<>();
        if (red + yellow > 0) {
            parts.add(Message.of("status.project.shortfalls", red + yellow, red, yellow));
        }
        if (overdue > 0) {
            parts.add(Message.of("status.project.overdue", overdue));
        }
        if (budgetFallsShort() || budgetStatus.light() == Light.OVERDUE) {
            parts.add(Message.of("status.project.budget", budgetStatus.detail()));
        }
        Message detail = parts.stream()
                .reduce((a, b) -> Message.of("status.project.and", a, b))
                .orElseGet(() -> Message.of(
                        switch (light) {
                            case GREEN, BLUE -> "status.project.onTrack";
                            case NOT_DUE -> "status.project.notDue";
                            default -> "status.project.nothing";
                        }));
        return Message.of("status.withLight", light, detail);
    }
}
