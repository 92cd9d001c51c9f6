package org.attain.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attain.i18n.Message;
import org.attain.status.Checkpoint;
import org.attain.status.Thresholds;
import org.attain.targets.Direction;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/**
 * The honest-data rules for what a project owner enters (pure Java): no future checkpoints, no negative counts,
 * percentages within 0–100, numbers only for quantitative and levels only for qualitative indicators, reasons and a
 * corrective action when the target is at risk, a reason for an actual of 130 % of the target or more.
 */
public final class ActualRules {

    private static final Set<String> COUNT_UNITS = Set.of(
            "人", "人次", "次", "个", "场", "天", "户", "家", "项", "件", "期", "名", "批", "份", "篇", "所", "座", "处", "台", "套", "班");

    /** The subject of a problem of the budget line, which belongs to no indicator. */
    private static final @Nullable String BUDGET_LINE = null;

    private ActualRules() {}

    public static List<EntryProblem> check(
            String name, Target target, Checkpoint at, YearMonth now, ActualInput in, Thresholds thresholds) {
        List<EntryProblem> problems = new ArrayList<>();
        if (in.isEmpty()) {
            return problems;
        }
        if (at.isAfter(now)) {
            problems.add(problem(name, "checkpoint", "entry.refused.futureActual", at));
        }
        if (target.isQualitative()) {
            if (in.actual() != null) {
                problems.add(problem(name, "actual", "entry.refused.levelNotNumber"));
            }
            if (in.forecast() != null) {
                problems.add(problem(name, "forecast", "entry.refused.forecastLevel"));
            }
        } else {
            if (in.actualLevel() != null || in.forecastLevel() != null) {
                problems.add(problem(name, "actual", "entry.refused.numberNotLevel", unit(target)));
            }
            checkNumber(name, "actual", in.actual(), target, problems);
            checkNumber(name, "forecast", in.forecast(), target, problems);
            if (in.actual() != null
                    && target.direction() != Direction.LOWER_IS_BETTER
                    && target.value().signum() > 0
                    && in.actual()
                                    .divide(target.value(), 6, RoundingMode.HALF_UP)
                                    .compareTo(thresholds.overshoot())
                            >= 0
                    && in.reasons().isEmpty()
                    && blank(in.reasonText())) {
                problems.add(
                        problem(name, "reasons", "entry.refused.overshootReason", percent(thresholds.overshoot())));
            }
        }
        checkLength(name, "narrative", in.narrative(), ActualInput.TEXT_MAX, problems);
        checkLength(name, "reasonText", in.reasonText(), ActualInput.TEXT_MAX, problems);
        checkLength(name, "correctiveAction", in.correctiveAction(), ActualInput.TEXT_MAX, problems);
        checkLength(name, "note", in.note(), ActualInput.TEXT_MAX, problems);
        if (in.likelihood() != null && in.likelihood().atRisk()) {
            if (in.reasons().isEmpty() && blank(in.reasonText())) {
                problems.add(problem(name, "reasons", "entry.refused.reasonsAtRisk", in.likelihood()));
            }
            if (blank(in.correctiveAction())) {
                problems.add(problem(name, "correctiveAction", "entry.refused.actionAtRisk", in.likelihood()));
            }
        }
        return problems;
    }

    public static List<EntryProblem> checkBudget(BigDecimal approved, Checkpoint at, YearMonth now, BudgetInput in) {
        List<EntryProblem> problems = new ArrayList<>();
        if (in.isEmpty()) {
            return problems;
        }
        if (at.isAfter(now)) {
            problems.add(problem(BUDGET_LINE, "checkpoint", "entry.refused.futureBudget", at));
        }
        for (var field : List.of(
                new Object[] {"adjustedBudget", in.adjustedBudget()},
                new Object[] {"executed", in.executed()},
                new Object[] {"forecast", in.forecast()})) {
            if (field[1] instanceof BigDecimal v && v.signum() < 0) {
                problems.add(problem(BUDGET_LINE, (String) field[0], "entry.refused.negativeAmount"));
            }
        }
        BigDecimal budget = in.adjustedBudget() != null ? in.adjustedBudget() : approved;
        if (in.adjustedBudget() != null
                && in.adjustedBudget().compareTo(approved) != 0
                && blank(in.adjustmentReason())) {
            problems.add(problem(BUDGET_LINE, "adjustmentReason", "entry.refused.adjustmentReason"));
        }
        checkLength(BUDGET_LINE, "adjustmentReason", in.adjustmentReason(), BudgetInput.REASON_MAX, problems);
        checkLength(BUDGET_LINE, "budgetReasons", in.deviation().reasonText(), ActualInput.TEXT_MAX, problems);
        checkLength(
                BUDGET_LINE,
                "budgetCorrectiveAction",
                in.deviation().correctiveAction(),
                ActualInput.TEXT_MAX,
                problems);
        var deviation = in.deviation();
        if (deviation.likelihood() != null && deviation.likelihood().atRisk()) {
            if (deviation.reasons().isEmpty() && blank(deviation.reasonText())) {
                problems.add(problem(
                        BUDGET_LINE, "budgetReasons", "entry.refused.budgetReasonsAtRisk", deviation.likelihood()));
            }
            if (blank(deviation.correctiveAction())) {
                problems.add(problem(
                        BUDGET_LINE,
                        "budgetCorrectiveAction",
                        "entry.refused.budgetActionAtRisk",
                        deviation.likelihood()));
            }
        }
        if (in.executed() != null && in.executed().compareTo(budget) > 0) {
            problems.add(
                    problem(BUDGET_LINE, "executed", "entry.refused.overBudget", plain(in.executed()), plain(budget)));
        }
        return problems;
    }

    private static void checkNumber(
            String name, String field, BigDecimal value, Target target, List<EntryProblem> out) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            out.add(problem(name, field, "entry.error.negative"));
        }
        if (target.isPercentage() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            out.add(problem(name, field, "entry.error.percent"));
        }
        if (target.unit() != null
                && COUNT_UNITS.contains(target.unit())
                && value.stripTrailingZeros().scale() > 0) {
            out.add(problem(name, field, "entry.refused.wholeCount"));
        }
    }

    /** Texts are checked on the server too: a crafted request is not held back by the form's maximum length. */
    private static void checkLength(
            @Nullable String subject, String field, String text, int max, List<EntryProblem> out) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            out.add(problem(subject, field, "entry.refused.tooLong", max, text.codePointCount(0, text.length())));
        }
    }

    private static EntryProblem problem(@Nullable String indicator, String field, String key, Object... args) {
        return new EntryProblem(indicator, field, Message.of(key, args));
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }

    private static String unit(Target t) {
        return t.unit() == null ? "—" : t.unit();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
