package org.attain.monitoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attain.status.Checkpoint;
import org.attain.status.Thresholds;
import org.attain.targets.Direction;
import org.attain.targets.Target;

/**
 * The honest-data rules for what a project owner enters (pure Java): no future checkpoints, no negative counts,
 * percentages within 0–100, numbers only for quantitative and levels only for qualitative indicators, reasons and a
 * corrective action when the target is at risk, a reason for an actual of 130 % of the target or more.
 */
public final class ActualRules {

    private static final Set<String> COUNT_UNITS = Set.of("人", "人次", "次", "个", "场", "天", "户", "家", "项", "件", "期",
            "名", "批", "份", "篇", "所", "座", "处", "台", "套", "班");

    private ActualRules() {
    }

    public static List<EntryProblem> check(String name, Target target, Checkpoint at, YearMonth now, ActualInput in,
            Thresholds thresholds) {
        List<EntryProblem> problems = new ArrayList<>();
        if (in.isEmpty()) {
            return problems;
        }
        if (at.isAfter(now)) {
            problems.add(new EntryProblem(name, "checkpoint", "检查点 " + at.label(false) + " 尚未结束，不能填报实际值"
                    + " / checkpoint " + at.iso() + " has not ended yet"));
        }
        if (target.isQualitative()) {
            if (in.actual() != null) {
                problems.add(new EntryProblem(name, "actual", "定性指标填写完成等级（达成/部分达成/未达成），不填数字"
                        + " / a qualitative indicator takes a level, not a number"));
            }
            if (in.forecast() != null) {
                problems.add(new EntryProblem(name, "forecast", "定性指标的全年预计填写完成等级 / the forecast is a level"));
            }
        } else {
            if (in.actualLevel() != null || in.forecastLevel() != null) {
                problems.add(new EntryProblem(name, "actual", "定量指标填写数字（" + unit(target) + "）"
                        + " / a quantitative indicator takes a number in " + unit(target)));
            }
            checkNumber(name, "actual", in.actual(), target, problems);
            checkNumber(name, "forecast", in.forecast(), target, problems);
            if (in.actual() != null && target.direction() != Direction.LOWER_IS_BETTER && target.value().signum() > 0
                    && in.actual().divide(target.value(), 6, java.math.RoundingMode.HALF_UP)
                            .compareTo(thresholds.overshoot()) >= 0
                    && in.reasons().isEmpty() && blank(in.reasonText())) {
                problems.add(new EntryProblem(name, "reasons", "实际值达到目标的 130% 以上，请说明原因"
                        + " / an actual of 130% of the target or more needs a reason"));
            }
        }
        checkLength(name, "narrative", in.narrative(), ActualInput.TEXT_MAX, problems);
        checkLength(name, "reasonText", in.reasonText(), ActualInput.TEXT_MAX, problems);
        checkLength(name, "correctiveAction", in.correctiveAction(), ActualInput.TEXT_MAX, problems);
        checkLength(name, "note", in.note(), ActualInput.TEXT_MAX, problems);
        if (in.likelihood() != null && in.likelihood().atRisk()) {
            if (in.reasons().isEmpty() && blank(in.reasonText())) {
                problems.add(new EntryProblem(name, "reasons", "完成目标可能性为“" + in.likelihood().label(false)
                        + "”时必须填写偏差原因 / reasons are required when the target is at risk"));
            }
            if (blank(in.correctiveAction())) {
                problems.add(new EntryProblem(name, "correctiveAction", "完成目标可能性为“" + in.likelihood().label(false)
                        + "”时必须填写改进措施 / a corrective action is required when the target is at risk"));
            }
        }
        return problems;
    }

    public static List<EntryProblem> checkBudget(String project, BigDecimal approved, Checkpoint at, YearMonth now,
            BudgetInput in) {
        List<EntryProblem> problems = new ArrayList<>();
        if (in.isEmpty()) {
            return problems;
        }
        String subject = project + " · 预算";
        if (at.isAfter(now)) {
            problems.add(new EntryProblem(subject, "checkpoint", "检查点 " + at.label(false) + " 尚未结束"
                    + " / checkpoint " + at.iso() + " has not ended yet"));
        }
        for (var field : List.of(new Object[] {"adjustedBudget", in.adjustedBudget()},
                new Object[] {"executed", in.executed()}, new Object[] {"forecast", in.forecast()})) {
            if (field[1] instanceof BigDecimal v && v.signum() < 0) {
                problems.add(new EntryProblem(subject, (String) field[0], "金额不能为负 / an amount cannot be negative"));
            }
        }
        BigDecimal budget = in.adjustedBudget() != null ? in.adjustedBudget() : approved;
        if (in.adjustedBudget() != null && in.adjustedBudget().compareTo(approved) != 0 && blank(in.adjustmentReason())) {
            problems.add(new EntryProblem(subject, "adjustmentReason", "全年预算数与年初预算数不同，请说明调整原因"
                    + " / an adjusted budget needs a reason"));
        }
        checkLength(subject, "adjustmentReason", in.adjustmentReason(), BudgetInput.REASON_MAX, problems);
        checkLength(subject, "budgetReasons", in.deviation().reasonText(), ActualInput.TEXT_MAX, problems);
        checkLength(subject, "budgetCorrectiveAction", in.deviation().correctiveAction(), ActualInput.TEXT_MAX, problems);
        var deviation = in.deviation();
        if (deviation.likelihood() != null && deviation.likelihood().atRisk()) {
            if (deviation.reasons().isEmpty() && blank(deviation.reasonText())) {
                problems.add(new EntryProblem(subject, "budgetReasons", "预算执行完成可能性为“" + deviation.likelihood().label(false)
                        + "”时必须填写偏差原因 / reasons are required when execution is at risk"));
            }
            if (blank(deviation.correctiveAction())) {
                problems.add(new EntryProblem(subject, "budgetCorrectiveAction", "预算执行完成可能性为“"
                        + deviation.likelihood().label(false) + "”时必须填写改进措施 / a corrective action is required"
                        + " when execution is at risk"));
            }
        }
        if (in.executed() != null && in.executed().compareTo(budget) > 0) {
            problems.add(new EntryProblem(subject, "executed", "执行数 " + plain(in.executed()) + "万元超过全年预算数 "
                    + plain(budget) + "万元 / executed exceeds the budget"));
        }
        return problems;
    }

    private static void checkNumber(String name, String field, BigDecimal value, Target target, List<EntryProblem> out) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            out.add(new EntryProblem(name, field, "不能为负数 / cannot be negative"));
        }
        if (target.isPercentage() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            out.add(new EntryProblem(name, field, "百分比在 0–100 之间 / a percentage is between 0 and 100"));
        }
        if (target.unit() != null && COUNT_UNITS.contains(target.unit()) && value.stripTrailingZeros().scale() > 0) {
            out.add(new EntryProblem(name, field, "人数、次数是整数 / a count is a whole number"));
        }
    }

    /** Texts are checked on the server too: a crafted request is not held back by the form's maximum length. */
    private static void checkLength(String subject, String field, String text, int max, List<EntryProblem> out) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            out.add(new EntryProblem(subject, field, "最多 " + max + " 个字符，现有 " + text.codePointCount(0, text.length())
                    + " 个 / at most " + max + " characters"));
        }
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
