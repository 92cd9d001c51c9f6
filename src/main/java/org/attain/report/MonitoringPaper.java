package org.attain.report;

import static org.attain.report.PaperWords.t;

import java.util.ArrayList;
import java.util.List;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
import org.attain.report.Paper.Block;
import org.attain.report.Paper.Cell;

/**
 * The 绩效运行监控表 of one project at a checkpoint (after 财预〔2019〕136号): the funds block (年初预算数, 全年预算数,
 * 1-X月执行数 and 执行率, 全年预计执行数 with the budget's deviation), then the indicators in the form's ten columns.
 */
final class MonitoringPaper {

    /** 一级 | 二级 | 三级 | 年度指标值 | 1-X月执行情况 | 全年预计完成情况 | 偏差原因分析 | 完成目标可能性 | 改进措施 | 备注 */
    static final int[] WIDTHS = {10, 13, 28, 12, 13, 13, 26, 10, 26, 10};

    private MonitoringPaper() {}

    static Paper of(ProjectStatus p, String unit) {
        String m = Cells.ZH.text(p.checkpoint());
        Block funds = new Block(
                List.of(
                        Cell.bold(t("paper.col.initialBudget")),
                        Cell.bold(t("paper.col.annualBudget")),
                        Cell.bold(t("paper.col.executed", m)),
                        Cell.bold(t("paper.col.rate", m)),
                        Cell.bold(t("paper.col.forecastSpending")),
                        Cell.bold(t("paper.col.reasons")).spanning(2),
                        Cell.bold(t("paper.col.likelihood")),
                        Cell.bold(t("paper.col.action")).spanning(2)),
                List.of(fundsRow(p)),
                0);
        List<List<Cell>> rows = new ArrayList<>();
        for (IndicatorRow i : p.indicators()) {
            rows.add(List.of(
                    Cell.text(i.category()),
                    Cell.text(i.subcategory()),
                    Cell.text(i.name()),
                    Cell.text(i.targetText(MessagesI18NProvider.CHINESE)),
                    Cell.text(Cells.actual(i)),
                    Cell.text(Cells.forecast(i)),
                    Cell.text(Cells.reasons(i)),
                    Cell.text(Cells.likelihood(i)),
                    Cell.text(i.correctiveAction()),
                    Cell.text(i.note())));
        }
        Block indicators = new Block(
                List.of(
                        Cell.bold(t("paper.col.category")),
                        Cell.bold(t("paper.col.subcategory")),
                        Cell.bold(t("paper.col.indicator")),
                        Cell.bold(t("paper.col.target")),
                        Cell.bold(t("paper.col.actual", m)),
                        Cell.bold(t("paper.col.forecast")),
                        Cell.bold(t("paper.col.reasons")),
                        Cell.bold(t("paper.col.likelihood")),
                        Cell.bold(t("paper.col.action")),
                        Cell.bold(t("paper.col.note"))),
                rows,
                2);
        return new Paper(
                p.name(),
                t("paper.monitoring.title", p.checkpoint().year(), m),
                PaperWords.heading(p.name(), p.department(), unit),
                WIDTHS,
                List.of(funds, indicators),
                List.of(),
                t("paper.signOff"));
    }

    private static List<Cell> fundsRow(ProjectStatus p) {
        String[] deviation = Cells.deviation(p.budgetDeviation());
        return List.of(
                Cell.amount(p.initialBudget()),
                Cell.amount(p.budget()),
                Cell.amount(p.budgetStatus().executed()),
                Cell.rate(p.budgetStatus().rate()),
                Cell.amount(p.forecastSpending()),
                Cell.text(deviation[0]).spanning(2),
                Cell.text(deviation[1]),
                Cell.text(deviation[2]).spanning(2));
    }
}
