package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.attain.indicator.GoalTable;
import org.attain.targets.TargetParser;
import org.junit.jupiter.api.Test;

class ConsistencyCheckerTest {

    private static IndicatorDraft ind(GoalTable t, String sub, String name, String target) {
        String cat =
                switch (sub) {
                    case "数量指标", "质量指标", "时效指标", "成本指标" -> "产出指标";
                    case "服务对象满意度指标" -> "满意度指标";
                    default -> "效益指标";
                };
        return new IndicatorDraft(t, cat, sub, name, TargetParser.parse(target, sub), "计划值", 1);
    }

    private static ProjectDraft project(String budget, List<IndicatorDraft> list) {
        return new ProjectDraft("P", 2025, new BigDecimal(budget), null, null, null, null, null, list, 1);
    }

    private static List<String> messages(ProjectDraft p) {
        return ConsistencyChecker.check(p).stream()
                .map(f -> f.severity() + " " + org.attain.i18n.Texts.chinese().render(f.message()))
                .toList();
    }

    @Test
    void quantity_times_standard_within_total_cost_is_confirmed() {
        var list = List.of(
                ind(GoalTable.ANNUAL, "数量指标", "慰问人数", "≥574人"),
                ind(GoalTable.ANNUAL, "成本指标", "慰问标准", "900元/人"),
                ind(GoalTable.ANNUAL, "成本指标", "总成本", "≤52万元"));
        assertThat(messages(project("52", list))).contains("OK 574人 × 900元 = 51.66万元 ≤ 总成本 52万元", "OK 总成本 52万元 = 项目预算");
    }

    @Test
    void quantity_times_standard_above_total_cost_is_a_warning() {
        var list = List.of(
                ind(GoalTable.ANNUAL, "数量指标", "慰问人数", "≥600人"),
                ind(GoalTable.ANNUAL, "成本指标", "慰问标准", "900元/人"),
                ind(GoalTable.ANNUAL, "成本指标", "总成本", "≤52万元"));
        assertThat(messages(project("52", list))).anyMatch(m -> m.startsWith("WARNING 600人 × 900元 = 54万元"));
    }

    @Test
    void total_cost_different_from_budget_is_a_warning() {
        var list = List.of(ind(GoalTable.ANNUAL, "成本指标", "总成本", "≤50万元"));
        assertThat(messages(project("52", list))).anyMatch(m -> m.contains("总成本 50万元 低于项目预算 52万元"));
    }

    @Test
    void indicators_in_one_table_only_and_truncated_names_are_named() {
        var list = List.of(
                ind(GoalTable.LONG_TERM, "数量指标", "各级工会协理员工资补助发放人数", "25人"),
                ind(GoalTable.LONG_TERM, "成本指标", "总成本", "≤8万元"),
                ind(GoalTable.ANNUAL, "数量指标", "各级工会协理员工资补助发放", "25人"));
        assertThat(messages(project("8", list)))
                .anyMatch(m -> m.contains("名称不一致"))
                .anyMatch(m -> m.contains("“总成本”只在长期绩效目标表中"));
    }

    @Test
    void standards_and_timeliness_under_unusual_subcategories_are_flagged() {
        var list = List.of(
                ind(GoalTable.ANNUAL, "数量指标", "省级财政医疗救助项目发放标准", "≤8800元/人年"),
                ind(GoalTable.ANNUAL, "质量指标", "春节前完成走访慰问", "及时"));
        assertThat(messages(project("1", list)))
                .anyMatch(m -> m.contains("费用标准，却列在数量指标下"))
                .anyMatch(m -> m.contains("时效要求，却列在质量指标下"));
    }

    @Test
    void a_long_term_target_looser_than_the_annual_one_is_flagged() {
        var list = List.of(
                ind(GoalTable.LONG_TERM, "数量指标", "慰问人数", "≥500人"), ind(GoalTable.ANNUAL, "数量指标", "慰问人数", "≥574人"));
        assertThat(messages(project("1", list))).anyMatch(m -> m.contains("比年度目标 ≥574人 宽松"));
    }
}
