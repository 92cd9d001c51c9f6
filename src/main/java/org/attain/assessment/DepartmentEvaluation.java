package org.attain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The department-wide self-evaluation (部门整体绩效自评) at a checkpoint: the budget execution of the whole department,
 * its score — each project's score weighted by its budget (全年预算数) — graded as the year's profile grades, and the
 * list of shortfalls. Before 1-12月 the project scores are the projected ones. Pure Java.
 */
public record DepartmentEvaluation(
        String department,
        Checkpoint checkpoint,
        ScoringProfile profile,
        List<ProjectLine> projects,
        List<Shortfall> shortfalls) {

    /** A project: its annual budget, what it spent, and its score (null: nothing to score yet). */
    public record ProjectLine(
            long projectId,
            String name,
            BigDecimal budget,
            @Nullable BigDecimal executed,
            @Nullable BigDecimal score) {}

    /** A shortfall of one of its projects: the indicator (null: the budget line) and the sentence of its light. */
    public record Shortfall(String project, @Nullable String indicator, String sentenceZh, String sentenceEn) {}

    public DepartmentEvaluation {
        projects = List.copyOf(projects);
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean isProjection() {
        return !checkpoint.isYearEnd();
    }

    public BigDecimal budget() {
        return projects.stream().map(ProjectLine::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal executed() {
        return projects.stream()
                .map(ProjectLine::executed)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Executed ÷ budget over all projects; null without a budget. */
    public @Nullable BigDecimal executionRate() {
        BigDecimal budget = budget();
        return budget.signum() == 0 ? null : executed().divide(budget, 4, RoundingMode.HALF_UP);
    }

    /** A project's share of the budget of the projects that have a score: its weight in the department's score. */
    public @Nullable BigDecimal weight(ProjectLine line) {
        BigDecimal scored = scoredBudget();
        return line.score() == null || scored.signum() == 0
                ? null
                : line.budget().divide(scored, 4, RoundingMode.HALF_UP);
    }

    /** Σ (score × budget) ÷ Σ budget over the projects with a score, to two places; null when none has one. */
    public @Nullable BigDecimal score() {
        BigDecimal scored = scoredBudget();
        if (scored.signum() == 0) {
            return null;
        }
        BigDecimal sum = projects.stream()
                .filter(p -> p.score() != null)
                .map(p -> p.score().multiply(p.budget()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(scored, 2, RoundingMode.HALF_UP);
    }

    /** The grade of the score under the profile; null where the profile grades nothing or there is no score. */
    public @Nullable Grade grade() {
        BigDecimal score = score();
        return score == null ? null : profile.grade(score);
    }

    private BigDecimal scoredBudget() {
        return projects.stream()
                .filter(p -> p.score() != null)
                .map(ProjectLine::budget)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
